-- Processed-event rows are pruned by age once their events have left Kafka.
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
