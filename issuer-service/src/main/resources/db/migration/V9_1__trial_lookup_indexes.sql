-- Sales' trial lists: trials started in a week, ending in a week, and started in the last days (conversion rates),
-- across products; trial_product_started serves a single product's.
CREATE INDEX trial_started ON trial (started_at);
CREATE INDEX trial_ends ON trial (ends_at);
