package org.pdsa.local.engine.journal;

/** One journaled command as read back: position, engine time, command type id, addressed key, body. */
public record JournalRecord(long position, long time, byte type, long key, byte[] body) {}
