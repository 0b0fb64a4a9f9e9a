package org.pdsa.local.demo;

/** What one play of the demo works with: the API, the engine, its calendar, data, timeline and ledger. */
record DemoContext(
        String programmeId,
        GatewayClient api,
        EngineWatch engine,
        OutboxReader outbox,
        DemoCalendar calendar,
        DemoSeries series,
        DemoTimeline timeline,
        RequestLedger ledger) {
}
