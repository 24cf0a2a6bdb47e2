-- A trial's kind decides its reminders (TRIAL_ENDING 3 days before its end instead of the expiry reminders).
ALTER TABLE license_fact ADD COLUMN kind text NOT NULL DEFAULT 'PAID' CHECK (kind IN ('TRIAL', 'PAID'));
