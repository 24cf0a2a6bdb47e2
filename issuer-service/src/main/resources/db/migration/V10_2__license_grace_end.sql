-- When an overdue license's service stops unless it is paid, as billing-sync reports it: the customer portal tells
-- the licensee. Licenses overdue before this release learn it with billing-sync's next report.
ALTER TABLE license ADD COLUMN grace_ends_at timestamptz;
