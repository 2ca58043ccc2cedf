-- Periods the 45 working days do not count (Art. 17 of the 2024 Regulations): an information request,
-- technical identification, expert consultation and on-site checks; and referral to the State Council,
-- after which no time limit applies.

alter table permit add column clock_pause_reason varchar(32) check (clock_pause_reason in ('INFORMATION_REQUEST',
    'TECHNICAL_IDENTIFICATION', 'EXPERT_CONSULTATION', 'ON_SITE_CHECK'));
update permit set clock_pause_reason = 'INFORMATION_REQUEST' where clock_paused_since is not null;
alter table permit add constraint permit_clock_pause_reason check ((clock_paused_since is null) = (clock_pause_reason is null));

alter table permit add column referred_to_state_council_on date;
