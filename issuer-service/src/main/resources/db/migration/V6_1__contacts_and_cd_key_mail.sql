-- An account's contacts (who receives mail, in which language, on which topics), replaced as a whole list;
-- the version orders the lists the notification service receives.
ALTER TABLE account ADD COLUMN contacts jsonb NOT NULL DEFAULT '[]';
ALTER TABLE account ADD COLUMN contacts_version bigint NOT NULL DEFAULT 0;
-- A product may keep the CD key out of the mail that announces a new license (docs/decisions.md).
ALTER TABLE product ADD COLUMN cd_key_by_mail boolean NOT NULL DEFAULT true;
