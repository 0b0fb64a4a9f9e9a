package org.pdsa.spc;

/** Whether a special cause signal is high or low (DOMAIN.md §3: above the limit/mean, or an increasing trend). */
public enum Side {
    HIGH,
    LOW
}
