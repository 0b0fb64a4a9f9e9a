package org.pdsa.local.engine.model;

/**
 * The kinds of BPMN element the engine knows, named as the REST API names element-instance types.
 * A kind is executable when a processor is registered for it (see ENGINE.md).
 */
public enum ElementType {
    PROCESS,
    START_EVENT,
    END_EVENT,
    INTERMEDIATE_CATCH_EVENT,
    INTERMEDIATE_THROW_EVENT,
    BOUNDARY_EVENT,
    SERVICE_TASK,
    USER_TASK,
    SCRIPT_TASK,
    BUSINESS_RULE_TASK,
    SEND_TASK,
    RECEIVE_TASK,
    MANUAL_TASK,
    TASK,
    EXCLUSIVE_GATEWAY,
    PARALLEL_GATEWAY,
    INCLUSIVE_GATEWAY,
    EVENT_BASED_GATEWAY,
    SUB_PROCESS,
    EVENT_SUB_PROCESS,
    CALL_ACTIVITY,
    AD_HOC_SUB_PROCESS,
    /** The container of a multi-instance activity's instances (same element id as the activity). */
    MULTI_INSTANCE_BODY,
    SEQUENCE_FLOW,
    UNKNOWN
}
