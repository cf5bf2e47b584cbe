-- The figures the pricing step computed, kept on the application's record: the steps that move money read them
-- here, not from process variables. Empty for applications priced before this version (their steps fall back to
-- the variables).
alter table financing_application add column advance decimal(19,4);
alter table financing_application add column discount_interest decimal(19,4);
alter table financing_application add column service_fee decimal(19,4);
alter table financing_application add column net_advance decimal(19,4);
