-- Sign-in links of the customer portal are mailed to the contact who asked, for an account rather than a license:
-- such a mail has the account and no license, and is queued at most once per link (its threshold).
ALTER TABLE mail ALTER COLUMN license_id DROP NOT NULL;
ALTER TABLE mail ADD COLUMN account_id uuid;
ALTER TABLE mail ADD CONSTRAINT mail_about_license_or_account CHECK (license_id IS NOT NULL OR account_id IS NOT NULL);
CREATE UNIQUE INDEX mail_once_per_account ON mail (account_id, kind, threshold, recipient) WHERE license_id IS NULL;
