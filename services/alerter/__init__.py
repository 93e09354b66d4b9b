"""The alerter: the right people hear about a new claim once, within seconds.

A pipeline of stages, one per module:

- `matching`  which active subscriptions want a claim (aliases resolved, cached briefly)
- `novelty`   is the claim's fingerprint new within the window, or corroboration
- `record`    one transaction per claim: novelty, `pending` deliveries, digest items
- `digest`    closed digest periods become one delivery each
- `dispatch`  lease due deliveries, send concurrently, retry with backoff, record, dead-letter
- `retry`     `RetryPolicy`, `DeliveryError`, HTTP and SMTP classification
- `channels`  email, Slack, webhook, file notifiers
- `metrics`   `AlerterMetrics`

The consumer commits a claim's offset after `record_claim` returned; the dispatcher
sends from the database, so a slow channel never blocks the claims partition.
"""
