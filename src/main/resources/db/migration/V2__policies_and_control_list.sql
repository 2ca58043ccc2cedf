-- Restriction policies (one per announcement), the measures they impose, the suspensions they
-- declare, and the control list. Lists of codes are arrays: they are read together, never joined on.

create table issuing_authority (
    code       varchar(16)  primary key,
    name       varchar(200) not null,
    name_local varchar(200),
    country    varchar(2)   not null
);

create table control_entry (
    code             varchar(32)  primary key,
    parent_code      varchar(32)  references control_entry (code),
    description      text         not null,
    description_zh   text,
    elements         text[]       not null default '{}',
    forms            text[]       not null default '{}',
    hs_codes         text[]       not null default '{}',
    default_unit     varchar(3),
    sources          text[]       not null,
    last_verified_on date         not null,
    verification_note text
);

create table policy (
    id                varchar(64)  primary key,
    authorities       text[]       not null,
    number            integer      not null,
    year              integer      not null,
    title             text         not null,
    title_zh          text,
    published_on      date         not null,
    effective_from    date         not null,
    effective_until   date,
    repealed_on       date,
    sources           text[]       not null,
    last_verified_on  date         not null,
    verification_note text,
    summary           text         not null,
    created_at        timestamptz  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null,
    constraint policy_number_unique unique (year, number, authorities)
);

-- What a policy requires: a licence, a ban, or a refusal in principle, for the items it covers
-- (control codes, HS code prefixes, elements and forms, or all dual-use items) and the scope it
-- names (destinations, end-user kinds). An empty scope list means "any".
create table measure (
    id                  uuid         primary key,
    policy_id           varchar(64)  not null references policy (id),
    clause              varchar(16)  not null,
    kind                varchar(32)  not null check (kind in ('LICENCE_REQUIRED', 'PROHIBITED', 'REFUSED_IN_PRINCIPLE')),
    description         text         not null,
    all_dual_use_items  boolean      not null default false,
    foreign_made_only   boolean      not null default false,
    control_codes       text[]       not null default '{}',
    hs_code_prefixes    text[]       not null default '{}',
    elements            text[]       not null default '{}',
    forms               text[]       not null default '{}',
    destinations        text[]       not null default '{}',
    end_user_kinds      text[]       not null default '{}',
    licence_types       text[]       not null default '{}',
    de_minimis_percent  numeric(7, 4),
    applies_from        date,
    constraint measure_clause_unique unique (policy_id, clause)
);
create index measure_policy_idx on measure (policy_id);

-- A suspension one policy declares on another policy (or on one clause of it), both days included.
-- The suspended announcement may be one this service does not carry: then only its reference is kept.
create table suspension (
    id                   uuid         primary key,
    declared_by          varchar(64)  not null references policy (id),
    suspended_policy_id  varchar(64)  references policy (id),
    suspended_reference  text         not null,
    clause               varchar(16),
    from_date            date         not null,
    until_date           date         not null,
    note                 text,
    constraint suspension_order check (until_date >= from_date)
);
create index suspension_suspended_idx on suspension (suspended_policy_id);

-- ---------------------------------------------------------------------------------------------
-- Seed: the measures recorded in shared/DOMAIN.md, with its sources. Checked against that record on
-- 2026-11-26. Where DOMAIN.md says a fact is unverified it is left out or flagged in
-- verification_note; no control code, date or title is filled in beyond it.
-- ---------------------------------------------------------------------------------------------

insert into issuing_authority (code, name, name_local, country) values
    ('MOFCOM', 'Ministry of Commerce of the People''s Republic of China', '中华人民共和国商务部', 'CN'),
    ('GAC', 'General Administration of Customs of the People''s Republic of China', '中华人民共和国海关总署', 'CN');

insert into control_entry (code, parent_code, description, elements, forms, hs_codes, default_unit, sources,
                           last_verified_on, verification_note) values
    ('1C902', null, 'Samarium and samarium items (unified dual-use export control list, Announcement 51 of 2024)',
     '{Sm}', '{}', '{}', 'KGM', '{"en.ckhq.net (Announcement No. 18 of 2025)"}', '2026-11-26', null),
    ('1C902.a', '1C902', 'Samarium metal, samarium alloys, samarium targets and samarium-cobalt magnets',
     '{Sm}', '{METAL,ALLOY,TARGET,MAGNET}', '{2805301910,8505111000}', 'KGM',
     '{"en.ckhq.net (Announcement No. 18 of 2025)"}', '2026-11-26',
     'HS 2805301910 is shared with gadolinium and lutetium metal; 8505111000 covers all rare-earth permanent magnets'),
    ('1C902.b', '1C902', 'Samarium oxide', '{Sm}', '{OXIDE}', '{2846901940,2846901993}', 'KGM',
     '{"en.ckhq.net (Announcement No. 18 of 2025)"}', '2026-11-26', null),
    ('1C902.c', '1C902', 'Samarium compounds', '{Sm}', '{COMPOUND}', '{}', 'KGM',
     '{"en.ckhq.net (Announcement No. 18 of 2025)"}', '2026-11-26', null),
    ('1C903', null, 'Gadolinium and gadolinium items', '{Gd}', '{}', '{2805301910}', 'KGM',
     '{"en.ckhq.net (Announcement No. 18 of 2025)"}', '2026-11-26',
     'Sub-items not verified. The codes of terbium, dysprosium, lutetium, scandium and yttrium items (1C904-1C908) are unverified and not listed'),
    ('3A001', null, 'Lithium-ion battery cells with a gravimetric energy density of 300 Wh/kg or more',
     '{}', '{BATTERY_CELL}', '{}', 'NAR', '{"news.metal.com 103560601 (Announcement No. 58 of 2025)"}', '2026-11-26',
     'HS heading 85076000 (8 digits) per the source; no 10-digit code verified'),
    ('3B901.a', null, 'Lithium battery production equipment', '{}', '{EQUIPMENT}', '{}', 'NAR',
     '{"news.metal.com 103560601 (Announcement No. 58 of 2025)"}', '2026-11-26', 'Item text beyond this summary not verified'),
    ('1E902.a', null, 'Rare-earth technology (first item of Announcement No. 62 of 2025)', '{}', '{TECHNOLOGY}', '{}', null,
     '{"sscollege.cn news 44809 (Announcement No. 62 of 2025)"}', '2026-11-26', 'Item text not verified'),
    ('1E902.b', null, 'Rare-earth technology (second item of Announcement No. 62 of 2025)', '{}', '{TECHNOLOGY}', '{}', null,
     '{"sscollege.cn news 44809 (Announcement No. 62 of 2025)"}', '2026-11-26', 'Item text not verified');

insert into policy (id, authorities, number, year, title, published_on, effective_from, sources, last_verified_on,
                    verification_note, summary, created_at, updated_at, version) values
    ('mofcom-gac-2025-18', '{MOFCOM,GAC}', 18, 2025, 'MOFCOM/GAC Announcement No. 18 of 2025', '2025-04-04', '2025-04-04',
     '{"en.ckhq.net"}', '2026-11-26', null,
     'Export licences required for samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium: metals, alloys, oxides, compounds, targets and magnets containing them. Not suspended by No. 70.',
     now(), now(), 0),
    ('mofcom-gac-2025-55', '{MOFCOM,GAC}', 55, 2025, 'MOFCOM/GAC Announcement No. 55 of 2025', '2025-10-09', '2025-11-08',
     '{"chemradar.com news f3s7t2oy9qf4","pillsburylaw.com","en.people.cn 2025-10-10"}', '2026-11-26',
     'Control codes of the items not verified', 'Export controls on superhard materials.', now(), now(), 0),
    ('mofcom-gac-2025-56', '{MOFCOM,GAC}', 56, 2025, 'MOFCOM/GAC Announcement No. 56 of 2025', '2025-10-09', '2025-11-08',
     '{"chemradar.com news f3s7t2oy9qf4","pillsburylaw.com","en.people.cn 2025-10-10"}', '2026-11-26',
     'Control codes of the items not verified',
     'Export controls on rare-earth production equipment and raw and auxiliary materials.', now(), now(), 0),
    ('mofcom-gac-2025-57', '{MOFCOM,GAC}', 57, 2025, 'MOFCOM/GAC Announcement No. 57 of 2025', '2025-10-09', '2025-11-08',
     '{"chemradar.com news f3s7t2oy9qf4","pillsburylaw.com","en.people.cn 2025-10-10"}', '2026-11-26',
     'Control codes of the items not verified',
     'Export licences required for holmium, erbium, thulium, europium and ytterbium items.', now(), now(), 0),
    ('mofcom-gac-2025-58', '{MOFCOM,GAC}', 58, 2025, 'MOFCOM/GAC Announcement No. 58 of 2025', '2025-10-09', '2025-11-08',
     '{"chemradar.com news f3s7t2oy9qf4","pillsburylaw.com","news.metal.com 103560601"}', '2026-11-26',
     'Codes of the cathode and graphite anode items not verified',
     'Export controls on lithium-ion cells of 300 Wh/kg or more (3A001), battery production equipment (3B901.a), cathode materials and graphite anode materials.',
     now(), now(), 0),
    ('mofcom-2025-61', '{MOFCOM}', 61, 2025, 'MOFCOM Announcement No. 61 of 2025', '2025-10-09', '2025-10-09',
     '{"chemradar.com news f3s7t2oy9qf4","pillsburylaw.com","sscollege.cn news 44800"}', '2026-11-26', null,
     'Export controls on foreign-made items containing 0.1 % or more by value of Chinese-origin controlled rare earths, or made with Chinese rare-earth technology (those parts from 2025-12-01); exports to military end users and listed parties are refused in principle.',
     now(), now(), 0),
    ('mofcom-2025-62', '{MOFCOM}', 62, 2025, 'MOFCOM Announcement No. 62 of 2025', '2025-10-09', '2025-10-09',
     '{"chemradar.com news f3s7t2oy9qf4","pillsburylaw.com","sscollege.cn news 44809"}', '2026-11-26', null,
     'Export controls on rare-earth technologies (1E902.a, 1E902.b).', now(), now(), 0),
    ('mofcom-2025-70', '{MOFCOM}', 70, 2025, 'MOFCOM Announcement No. 70 of 2025', '2025-11-07', '2025-11-07',
     '{"chemradar.com news f3s7t2oy9qf4","pillsburylaw.com"}', '2026-11-26',
     'Takes effect on publication; the exact start is unverified. No extension beyond 2026-11-10 was found in any source',
     'Suspends Announcements Nos. 55, 56, 57, 58, 61 and 62 of 2025 until 2026-11-10.', now(), now(), 0),
    ('mofcom-2025-72', '{MOFCOM}', 72, 2025, 'MOFCOM Announcement No. 72 of 2025', '2025-11-09', '2025-11-09',
     '{"gvw.com export-control update"}', '2026-11-26', null,
     'Suspends clause 2 of Announcement No. 46 of 2024 (the ban on exports of gallium, germanium, antimony and superhard materials to the United States) until 2026-11-27; the ban on US military end users stays.',
     now(), now(), 0),
    ('mofcom-2026-1', '{MOFCOM}', 1, 2026, 'MOFCOM Announcement No. 1 of 2026', '2026-01-06', '2026-01-06',
     '{"gtlaw.com 2026-02"}', '2026-11-26', null,
     'Bans exports of dual-use items to Japanese military users and for Japanese military uses, including via third countries.',
     now(), now(), 0);

insert into measure (id, policy_id, clause, kind, description, all_dual_use_items, foreign_made_only, control_codes,
                     hs_code_prefixes, elements, forms, destinations, end_user_kinds, licence_types,
                     de_minimis_percent, applies_from) values
    ('6a0f6f0e-18a0-4c2e-9d31-000000000018', 'mofcom-gac-2025-18', '1', 'LICENCE_REQUIRED',
     'Samarium, gadolinium, terbium, dysprosium, lutetium, scandium and yttrium items need an export licence.',
     false, false, '{1C902,1C903}',
     '{2805301200,2805301300,2805301700,2805301800,2805301910,2846901940,2846901993,8505111000}',
     '{Sm,Gd,Tb,Dy,Lu,Sc,Y}', '{}', '{}', '{}', '{INDIVIDUAL,GENERAL}', null, null),
    ('6a0f6f0e-18a0-4c2e-9d31-000000000055', 'mofcom-gac-2025-55', '1', 'LICENCE_REQUIRED',
     'Superhard materials need an export licence (item codes not verified: matched by description only).',
     false, false, '{}', '{}', '{}', '{SUPERHARD_MATERIAL}', '{}', '{}', '{INDIVIDUAL,GENERAL}', null, null),
    ('6a0f6f0e-18a0-4c2e-9d31-000000000056', 'mofcom-gac-2025-56', '1', 'LICENCE_REQUIRED',
     'Rare-earth production equipment and raw and auxiliary materials need an export licence (item codes not verified).',
     false, false, '{}', '{}', '{}', '{RARE_EARTH_PRODUCTION_EQUIPMENT,RARE_EARTH_AUXILIARY_MATERIAL}', '{}', '{}',
     '{INDIVIDUAL,GENERAL}', null, null),
    ('6a0f6f0e-18a0-4c2e-9d31-000000000057', 'mofcom-gac-2025-57', '1', 'LICENCE_REQUIRED',
     'Holmium, erbium, thulium, europium and ytterbium items need an export licence.',
     false, false, '{}', '{}', '{Ho,Er,Tm,Eu,Yb}', '{}', '{}', '{}', '{INDIVIDUAL,GENERAL}', null, null),
    ('6a0f6f0e-18a0-4c2e-9d31-000000000058', 'mofcom-gac-2025-58', '1', 'LICENCE_REQUIRED',
     'Lithium-ion cells of 300 Wh/kg or more and lithium battery production equipment need an export licence.',
     false, false, '{3A001,3B901.a}', '{85076000}', '{}', '{}', '{}', '{}', '{INDIVIDUAL,GENERAL}', null, null),
    ('6a0f6f0e-18a0-4c2e-9d31-000000000611', 'mofcom-2025-61', '1', 'LICENCE_REQUIRED',
     'Foreign-made items containing 0.1 % or more by value of Chinese-origin controlled rare earths need a Chinese export licence.',
     false, true, '{}', '{}', '{Sm,Gd,Tb,Dy,Lu,Sc,Y,Ho,Er,Tm,Eu,Yb}', '{}', '{}', '{}', '{INDIVIDUAL,GENERAL}',
     0.1000, '2025-12-01'),
    ('6a0f6f0e-18a0-4c2e-9d31-000000000612', 'mofcom-2025-61', '2', 'REFUSED_IN_PRINCIPLE',
     'Exports under this announcement to military end users are refused in principle.',
     false, true, '{}', '{}', '{Sm,Gd,Tb,Dy,Lu,Sc,Y,Ho,Er,Tm,Eu,Yb}', '{}', '{}', '{MILITARY}', '{}', null, null),
    ('6a0f6f0e-18a0-4c2e-9d31-000000000062', 'mofcom-2025-62', '1', 'LICENCE_REQUIRED',
     'Rare-earth technologies (1E902.a, 1E902.b) need an export licence.',
     false, false, '{1E902.a,1E902.b}', '{}', '{}', '{}', '{}', '{}', '{INDIVIDUAL,GENERAL}', null, null),
    ('6a0f6f0e-18a0-4c2e-9d31-000000000261', 'mofcom-2026-1', '1', 'PROHIBITED',
     'Exports of dual-use items to Japanese military users and for Japanese military uses are banned, including via third countries.',
     true, false, '{}', '{}', '{}', '{}', '{JP}', '{MILITARY}', '{}', null, null);

insert into suspension (id, declared_by, suspended_policy_id, suspended_reference, clause, from_date, until_date, note) values
    ('7b1e0c2a-70a0-4e55-8f00-000000000055', 'mofcom-2025-70', 'mofcom-gac-2025-55', 'MOFCOM/GAC Announcement No. 55 of 2025', null, '2025-11-07', '2026-11-10', 'Start date: day of publication; exact start unverified'),
    ('7b1e0c2a-70a0-4e55-8f00-000000000056', 'mofcom-2025-70', 'mofcom-gac-2025-56', 'MOFCOM/GAC Announcement No. 56 of 2025', null, '2025-11-07', '2026-11-10', 'Start date: day of publication; exact start unverified'),
    ('7b1e0c2a-70a0-4e55-8f00-000000000057', 'mofcom-2025-70', 'mofcom-gac-2025-57', 'MOFCOM/GAC Announcement No. 57 of 2025', null, '2025-11-07', '2026-11-10', 'Start date: day of publication; exact start unverified'),
    ('7b1e0c2a-70a0-4e55-8f00-000000000058', 'mofcom-2025-70', 'mofcom-gac-2025-58', 'MOFCOM/GAC Announcement No. 58 of 2025', null, '2025-11-07', '2026-11-10', 'Start date: day of publication; exact start unverified'),
    ('7b1e0c2a-70a0-4e55-8f00-000000000061', 'mofcom-2025-70', 'mofcom-2025-61', 'MOFCOM Announcement No. 61 of 2025', null, '2025-11-07', '2026-11-10', 'Start date: day of publication; exact start unverified'),
    ('7b1e0c2a-70a0-4e55-8f00-000000000062', 'mofcom-2025-70', 'mofcom-2025-62', 'MOFCOM Announcement No. 62 of 2025', null, '2025-11-07', '2026-11-10', 'Start date: day of publication; exact start unverified'),
    ('7b1e0c2a-70a0-4e55-8f00-000000000046', 'mofcom-2025-72', null, 'MOFCOM Announcement No. 46 of 2024', '2', '2025-11-09', '2026-11-27', 'Clause 2: the ban on gallium, germanium, antimony and superhard materials to the United States. The ban on US military end users stays. No. 46 of 2024 itself is not carried by this service');
