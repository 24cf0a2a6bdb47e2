-- An offline request answers with the activation it made, and with nothing once that ended.
ALTER TABLE offline_nonce ADD COLUMN activation_id uuid REFERENCES activation (id);
