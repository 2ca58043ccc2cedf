-- A synthetic, reproducible data set for the benchmark: exporters, the parties they name, permits
-- across every state with 1 to 5 lines, their history, shipments and the matching events, all
-- consistent with one another as if they had been made through the API.
--
-- Run by src/bench/load-data against a freshly migrated schema (psql variables: permits, exporters,
-- seed, as_of). Everything is derived from the row number and the seed through hashes, so the same
-- seed and day give the same rows. All names are made up.
\set ON_ERROR_STOP on
\timing off
set client_min_messages = warning;
-- Bulk load: no per-row triggers (foreign keys, NOTIFY per event), no waiting for the WAL flush.
set session_replication_role = replica;
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '1GB';
set max_parallel_workers_per_gather = 0;
set search_path = export_permits;
select set_config('bench.seed', :'seed', false), set_config('bench.as_of', :'as_of', false);

-- A uniform number in [0, 1) for (row, salt), and a UUID per (kind, row): pure functions of the seed.
create function pg_temp.r(i bigint, salt int) returns float8 stable language sql as $$
    select (hashint8extended(i, current_setting('bench.seed')::bigint * 1000 + salt) & 4503599627370495)::float8
           / 4503599627370496.0
$$;
create function pg_temp.u(kind text, i bigint) returns uuid stable language sql as $$
    select md5(current_setting('bench.seed') || kind || i)::uuid
$$;
create function pg_temp.pick(options text[], i bigint, salt int) returns text stable language sql as $$
    select options[1 + floor(pg_temp.r(i, salt) * cardinality(options))::int]
$$;
-- Working days (Monday to Friday; the holiday calendar starts empty) up to a day, from a fixed Monday.
create function pg_temp.wd(d date) returns int immutable language sql as $$
    select ((d - date '2000-01-03') / 7) * 5 + least((d - date '2000-01-03') % 7 + 1, 5)
$$;
-- The n-th working day after d (WorkingDays.add with no holidays).
create function pg_temp.add_wd(d date, n int) returns date immutable language sql as $$
    with friday_or_weekday as (
        select d - greatest(extract(isodow from d)::int - 5, 0) as day)
    select day + (n / 5) * 7 + case when extract(isodow from day)::int + n % 5 > 5 then n % 5 + 2 else n % 5 end
    from friday_or_weekday
$$;
-- The status ETag the service computes (StatusKey.etag).
create function pg_temp.etag(number text, version int, reason text, paused_day text) returns text immutable
    language sql as $$
    select '"' || substr(translate(encode(sha256(convert_to(number || '|' || version || '|' || reason || '|'
        || paused_day, 'UTF8')), 'base64'), '+/', '-_'), 1, 22) || '"'
$$;
create function pg_temp.iso(t timestamptz) returns text immutable language sql as $$
    select to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;
-- GB 32100-2015 check character of a unified social credit code.
create function pg_temp.uscc(first17 text) returns text immutable language sql as $$
    select first17 || substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
        (31 - sum((strpos('0123456789ABCDEFGHJKLMNPQRTUWXY', substr(first17, k, 1)) - 1)
            * (array[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])[k]) % 31)::int % 31 + 1, 1)
    from generate_series(1, 17) k
$$;

-- ---------------------------------------------------------------------------------------------
-- Exporters: Chinese producers and traders, a few of them suspended, some eligible for general licences
-- ---------------------------------------------------------------------------------------------
insert into exporter (id, legal_name, legal_name_local, country, national_identifier, address, contact_name,
                      contact_email, contact_phone, status, general_licence_eligible_from,
                      general_licence_eligible_until, created_at, updated_at, version)
select pg_temp.u('exporter', e),
       place[1] || ' ' || trade || ' ' || pg_temp.pick('{Rare Earth,Magnetic Materials,Advanced Materials,New Materials,Rare Metals,Functional Materials}', e, 3)
           || ' Co., Ltd.',
       null, 'CN',
       pg_temp.uscc('91' || place[2] || upper(substr(md5(current_setting('bench.seed') || 'org' || e), 1, 1))
           || lpad((floor(pg_temp.r(e, 4) * 1e7))::bigint::text, 7, '0') || '0'),
       (1 + floor(pg_temp.r(e, 5) * 300))::int || ' ' || pg_temp.pick('{Industrial Park Road,Jianshe Road,Xingfu Avenue,Hi-Tech Zone Road,Binhe Road}', e, 6)
           || ', ' || place[1] || ', China',
       'Export Desk ' || e, 'exports' || e || '@exporter.example', '+86 10 5555 ' || lpad((e % 10000)::text, 4, '0'),
       case when pg_temp.r(e, 7) < 0.02 then 'SUSPENDED' else 'ACTIVE' end,
       case when pg_temp.r(e, 8) < 0.2 then :'as_of'::date - 400 end,
       case when pg_temp.r(e, 8) < 0.2 then :'as_of'::date + 700 end,
       :'as_of'::date - 700 + make_interval(mins => e), :'as_of'::date - 700 + make_interval(mins => e), 0
from generate_series(1, :exporters) e,
     lateral (select 1 + floor(pg_temp.r(e, 1) * 12)::int as place_no) n,
     lateral (select array[(array['Baotou', 'Ganzhou', 'Xiamen', 'Ningbo', 'Leshan', 'Longyan', 'Changsha', 'Shanghai',
                                  'Beijing', 'Chengdu', 'Nanchang', 'Zibo'])[place_no],
                           -- the administrative division code of the city, in the credit code
                           (array['150200', '360700', '350200', '330200', '511100', '350800', '430100', '310100',
                                  '110100', '510100', '360100', '370300'])[place_no]] as place,
                     initcap(pg_temp.pick('{jin,hua,tian,xin,rui,sheng,hong,long,feng,da,kang,yuan}', e, 2)
                         || pg_temp.pick('{li,tai,an,cheng,da,xing,mei,ke,hai,ming,yu,bo}', e, 9)) as trade) named;

-- Five consignees or end users per exporter, abroad, each added by the exporter that names it.
insert into party (id, name, country, identifier, added_by_exporter_id, created_at, updated_at, version)
select pg_temp.u('party', p),
       initcap(pg_temp.pick('{nor,vel,cor,ast,bel,mar,sol,tec,ari,den,lum,ore}', p, 11)
           || pg_temp.pick('{dex,ion,ara,tek,vis,mag,tron,lia,ent,ova}', p, 12)) || ' '
           || pg_temp.pick('{Magnetics,Motors,Electronics,Materials,Technologies,Industries,Components,Research}', p, 13)
           || ' ' || case country when 'US' then 'Inc.' when 'DE' then 'GmbH' when 'JP' then 'K.K.' when 'KR' then 'Co., Ltd.'
                                  when 'NL' then 'B.V.' when 'FR' then 'SAS' when 'GB' then 'Ltd' when 'IT' then 'S.p.A.'
                                  else 'Ltd.' end,
       country, null, pg_temp.u('exporter', (p - 1) / 5 + 1),
       :'as_of'::date - 690 + make_interval(mins => p), :'as_of'::date - 690 + make_interval(mins => p), 0
from generate_series(1, :exporters * 5) p,
     lateral (select pg_temp.pick('{US,US,US,JP,JP,KR,KR,DE,DE,NL,FR,IT,GB,IN,VN,TH,MY,MX,CA,TR}', p, 10) as country) c;

-- ---------------------------------------------------------------------------------------------
-- Items lines are drawn from: the control codes on the list, and elements of Announcement No. 18
-- whose codes are not verified (named by element and form). Prices are illustrative.
-- ---------------------------------------------------------------------------------------------
create temp table item (no int primary key, control_code text, element text, form text, description text,
                        usd_per_kg numeric) on commit preserve rows;
insert into item values
    (1, '1C902.a', 'Sm', 'MAGNET', 'Samarium-cobalt permanent magnets (Sm2Co17)', 180),
    (2, '1C902.a', 'Sm', 'METAL', 'Samarium metal, 99.9 %', 90),
    (3, '1C902.b', 'Sm', 'OXIDE', 'Samarium oxide (Sm2O3), 99.9 %', 15),
    (4, '1C902.c', 'Sm', 'COMPOUND', 'Samarium chloride hexahydrate', 20),
    (5, '1C903', 'Gd', 'OXIDE', 'Gadolinium oxide (Gd2O3), 99.99 %', 30),
    (6, '1C903', 'Gd', 'METAL', 'Gadolinium metal', 60),
    (7, null, 'Tb', 'OXIDE', 'Terbium oxide (Tb4O7), 99.99 %', 900),
    (8, null, 'Tb', 'METAL', 'Terbium metal', 1200),
    (9, null, 'Dy', 'OXIDE', 'Dysprosium oxide (Dy2O3), 99.5 %', 250),
    (10, null, 'Dy', 'ALLOY', 'Dysprosium-iron alloy', 280),
    (11, null, 'Dy', 'MAGNET', 'Sintered NdFeB magnets with dysprosium', 120),
    (12, null, 'Lu', 'OXIDE', 'Lutetium oxide (Lu2O3), 99.99 %', 700),
    (13, null, 'Sc', 'OXIDE', 'Scandium oxide (Sc2O3), 99.99 %', 1000),
    (14, null, 'Y', 'OXIDE', 'Yttrium oxide (Y2O3), 99.999 %', 10);

-- ---------------------------------------------------------------------------------------------
-- The plan of each permit: who, when, and the actions it went through (its path), chosen by age:
-- recent permits are often still in review, older ones decided, shipped against, some expired.
-- ---------------------------------------------------------------------------------------------
create temp table plan on commit preserve rows as
with base as (
    select i,
           (:'as_of'::date - 600)::timestamptz + make_interval(secs => (i - 1 + pg_temp.r(i, 1)) / :permits * 600 * 86400)
               as created_at,
           1 + floor(pg_temp.r(i, 2) ^ 2 * :exporters)::int as exporter_no,
           pg_temp.r(i, 5) as s,
           pg_temp.r(i, 7) < 0.25 as info_round,
           floor(pg_temp.r(i, 6) * 3)::int as ships,
           pg_temp.r(i, 14) < 0.1 as reinstated
    from generate_series(1, :permits) i),
aged as (
    select *, :'as_of'::date - created_at::date as age from base),
stated as (
    select *,
           case when age < 3 then case when s < 0.6 then 'DRAFT' when s < 0.8 then 'SUBMITTED' else 'UNDER_REVIEW' end
                when age < 70 then case when s < 0.10 then 'DRAFT' when s < 0.30 then 'SUBMITTED'
                                        when s < 0.55 then 'UNDER_REVIEW' when s < 0.65 then 'INFORMATION_REQUESTED'
                                        when s < 0.70 then 'WITHDRAWN' when s < 0.75 then 'REFUSED' else 'APPROVED' end
                else case when s < 0.02 then 'DRAFT' when s < 0.07 then 'WITHDRAWN' when s < 0.15 then 'REFUSED'
                          when s < 0.17 then 'SUSPENDED' when s < 0.20 then 'REVOKED' when s < 0.25 then 'SURRENDERED'
                          when s < 0.45 then 'EXHAUSTED' else 'APPROVED' end
           end as final_status
    from aged)
select i, created_at, exporter_no,
       -- consignee and end user among the exporter's five parties; usually the same company
       (exporter_no - 1) * 5 + 1 + floor(pg_temp.r(i, 3) * 5)::int as consignee_no,
       case when pg_temp.r(i, 4) < 0.7 then (exporter_no - 1) * 5 + 1 + floor(pg_temp.r(i, 3) * 5)::int
            else (exporter_no - 1) * 5 + 1 + floor(pg_temp.r(i, 13) * 5)::int end as end_user_no,
       final_status,
       case final_status when 'EXHAUSTED' then greatest(ships, 1) when 'APPROVED' then least(ships, 4)
                         when 'SUSPENDED' then least(ships, 2) when 'SURRENDERED' then least(ships, 3) else 0 end
           as ship_count,
       case final_status
           when 'DRAFT' then '{create}'
           when 'SUBMITTED' then '{create,submit}'
           when 'UNDER_REVIEW' then '{create,submit,start-review}'
           when 'INFORMATION_REQUESTED' then '{create,submit,start-review,request-information}'
           when 'WITHDRAWN' then '{create,submit,withdraw}'
           else '{create,submit,start-review}'::text[]
               || case when info_round then '{request-information,respond}'::text[] else '{}' end
               || case final_status when 'REFUSED' then '{refuse}'::text[] else '{approve}' end
               || array_fill('ship'::text, array[case final_status when 'EXHAUSTED' then greatest(ships, 1)
                   when 'APPROVED' then least(ships, 4) when 'SUSPENDED' then least(ships, 2)
                   when 'SURRENDERED' then least(ships, 3) else 0 end])
               || case final_status when 'SUSPENDED' then '{suspend}'::text[] when 'REVOKED' then '{suspend,revoke}'
                                    when 'SURRENDERED' then '{surrender}'
                                    when 'APPROVED' then case when reinstated then '{suspend,reinstate}'::text[] else '{}' end
                                    else '{}' end
       end::text[] as path,
       case when pg_temp.r(i, 15) < 0.5 then 6 else 12 end as months,
       case when pg_temp.r(i, 16) < 0.9 then 'COMMERCIAL' when pg_temp.r(i, 16) < 0.98 then 'RESEARCH' else 'GOVERNMENT' end
           as end_user_kind
from stated;
alter table plan add primary key (i);

-- One row per action, with its time: offsets typical of each step, squeezed into the permit's age.
create temp table step on commit preserve rows as
with raw as (
    select p.i, a.k::int as k, a.action, p.created_at, cardinality(p.path) as steps,
           case a.action when 'create' then 0
                         when 'submit' then 3600 + pg_temp.r(p.i * 32 + a.k, 20) * 4 * 86400
                         when 'start-review' then 86400 + pg_temp.r(p.i * 32 + a.k, 20) * 7 * 86400
                         when 'request-information' then 5 * 86400 + pg_temp.r(p.i * 32 + a.k, 20) * 15 * 86400
                         when 'respond' then 3 * 86400 + pg_temp.r(p.i * 32 + a.k, 20) * 12 * 86400
                         when 'withdraw' then 86400 + pg_temp.r(p.i * 32 + a.k, 20) * 9 * 86400
                         when 'ship' then 5 * 86400 + pg_temp.r(p.i * 32 + a.k, 20) * 35 * 86400
                         else 5 * 86400 + pg_temp.r(p.i * 32 + a.k, 20) * 25 * 86400 end as offset_s
    from plan p, unnest(p.path) with ordinality a(action, k)),
timed as (
    select *, sum(offset_s) over (partition by i order by k) as elapsed,
           sum(offset_s) over (partition by i) as total
    from raw)
select i, k, action, steps,
       created_at + make_interval(secs => elapsed * least(1.0, extract(epoch from (:'as_of'::date - created_at))
           * 0.98 / greatest(total, 1))) as at,
       count(*) filter (where action = 'ship') over (partition by i order by k) as ships_so_far
from timed;
create index on step (i, k);

create temp table line on commit preserve rows as
select p.i, n as line_number, it.control_code, it.element, it.form, it.description, q.quantity, 'KGM' as unit,
       case when c.currency = 'USD' then round(q.quantity * it.usd_per_kg * (0.8 + 0.4 * pg_temp.r(p.i * 8 + n, 23))::numeric, 2)
            when c.currency = 'CNY' then round(q.quantity * it.usd_per_kg * 7.1 * (0.8 + 0.4 * pg_temp.r(p.i * 8 + n, 23))::numeric, 2)
            else round(q.quantity * it.usd_per_kg * 0.92 * (0.8 + 0.4 * pg_temp.r(p.i * 8 + n, 23))::numeric, 2) end
           as value,
       c.currency,
       case when 'approve' = any(p.path) then
                case when pg_temp.r(p.i * 8 + n, 24) < 0.15 then round(q.quantity * 0.7, 3) else q.quantity end end
           as approved_quantity
from plan p
     cross join lateral generate_series(1, case when pg_temp.r(p.i, 8) < 0.40 then 1 when pg_temp.r(p.i, 8) < 0.65 then 2
                                                when pg_temp.r(p.i, 8) < 0.80 then 3 when pg_temp.r(p.i, 8) < 0.92 then 4
                                                else 5 end) n
     join item it on it.no = 1 + floor(pg_temp.r(p.i * 8 + n, 21) * 14)::int
     cross join lateral (select round((10 + pg_temp.r(p.i * 8 + n, 22) ^ 2 * 4990)::numeric, 3) as quantity) q
     cross join lateral (select case when pg_temp.r(p.i * 8 + n, 25) < 0.8 then 'USD'
                                     when pg_temp.r(p.i * 8 + n, 25) < 0.95 then 'CNY' else 'EUR' end as currency) c;
-- Each shipment takes a fifth of the approved quantity; the last one of an exhausted permit takes the rest.
alter table line add column per_shipment numeric;
update line set per_shipment = round(approved_quantity * 0.2, 3) where approved_quantity is not null;
create index on line (i, line_number);

-- What the permit row holds in the end.
create temp table fact on commit preserve rows as
select p.i,
       min(s.at) filter (where s.action = 'submit') as submitted_at,
       min(s.at) filter (where s.action in ('approve', 'refuse')) as decided_at,
       min(s.at) filter (where s.action = 'approve') as approved_at,
       min(s.at) filter (where s.action = 'request-information') as info_requested_at,
       min(s.at) filter (where s.action = 'respond') as responded_at,
       max(s.at) as updated_at
from plan p join step s using (i)
group by p.i;
alter table fact add primary key (i);
alter table fact add column decision_due_on date, add column paused_days int not null default 0,
    add column valid_from date, add column valid_until date;
update fact set paused_days = case when responded_at is not null
    then pg_temp.wd(responded_at::date) - pg_temp.wd(info_requested_at::date) else 0 end;
update fact set decision_due_on = pg_temp.add_wd(pg_temp.add_wd(submitted_at::date, 45), paused_days)
where submitted_at is not null;
update fact f set valid_from = approved_at::date,
                  valid_until = (approved_at::date + make_interval(months => p.months))::date - 1
from plan p where p.i = f.i and f.approved_at is not null;

-- ---------------------------------------------------------------------------------------------
-- Permits, lines, history, shipments and events
-- ---------------------------------------------------------------------------------------------
insert into permit (id, number, check_code, exporter_id, type, status, consignee_id, end_user_id, end_use, end_user_kind,
                    destination, requested_valid_from, requested_valid_until, valid_from, valid_until, conditions,
                    decision_reason, submitted_at, decided_at, created_at, updated_at, version, decision_due_on,
                    clock_paused_since, clock_paused_working_days, clock_pause_reason, received_on, accepted_on)
select pg_temp.u('permit', p.i),
       'EP-' || extract(year from p.created_at at time zone 'UTC') || '-' || lpad(p.i::text, 6, '0'),
       (select string_agg(substr('abcdefghijkmnpqrstuvwxyz23456789',
            1 + get_byte(decode(md5(current_setting('bench.seed') || 'check' || p.i), 'hex'), c) % 32, 1), '')
        from generate_series(0, 9) c),
       pg_temp.u('exporter', p.exporter_no),
       'INDIVIDUAL',
       p.final_status,
       pg_temp.u('party', p.consignee_no), pg_temp.u('party', p.end_user_no),
       pg_temp.pick(array['Sintered NdFeB magnets for electric-vehicle traction motors',
                          'Permanent magnets for wind-turbine generators', 'Phosphors for LED lighting',
                          'Polishing compounds for optical glass', 'Contrast agents for medical imaging',
                          'Thermal barrier coatings for gas turbines', 'Catalyst research and development',
                          'Loudspeaker and consumer-electronics magnets'], p.i, 17),
       p.end_user_kind, c.country,
       (p.created_at + interval '30 days')::date,
       (p.created_at + interval '30 days' + make_interval(months => p.months))::date - 1,
       f.valid_from, f.valid_until,
       case when f.approved_at is not null and pg_temp.r(p.i, 18) < 0.3
            then 'No re-export without prior written consent of the issuing authority.' end,
       case when p.final_status = 'REFUSED' then 'End use not substantiated by the documents provided.' end,
       f.submitted_at, f.decided_at, p.created_at, f.updated_at, cardinality(p.path) - 1,
       f.decision_due_on,
       case when p.final_status = 'INFORMATION_REQUESTED' then f.info_requested_at::date end,
       f.paused_days,
       case when p.final_status = 'INFORMATION_REQUESTED' then 'INFORMATION_REQUEST' end,
       (f.submitted_at at time zone 'UTC')::date,
       -- accepted on receipt, as the permits stored before acceptance existed were
       case when p.final_status not in ('DRAFT', 'SUBMITTED') then (f.submitted_at at time zone 'UTC')::date end
from plan p join fact f using (i) join party c on c.id = pg_temp.u('party', p.consignee_no);

-- Validity that started or ended before today was announced on its day (PermitDayEvents), as the
-- migration that introduced those events records it for permits already stored.
insert into permit_day_event (permit_id, type, day, emitted_at)
select id, 'EXPIRED', valid_until + 1, now() from permit
where status in ('APPROVED', 'SUSPENDED') and valid_until < :'as_of'::date;
insert into permit_day_event (permit_id, type, day, emitted_at)
select id, 'VALIDITY_STARTED', valid_from, now() from permit
where status in ('APPROVED', 'SUSPENDED', 'REVOKED', 'SURRENDERED', 'EXHAUSTED') and valid_from <= :'as_of'::date;

insert into permit_line (id, permit_id, line_number, control_code, element, form, description, quantity, unit, value,
                         currency, licence_outcome, approved_quantity, shipped_quantity)
select pg_temp.u('line', l.i * 8 + l.line_number), pg_temp.u('permit', l.i), l.line_number, l.control_code, l.element,
       l.form, l.description, l.quantity, l.unit, l.value, l.currency, 'LICENCE_REQUIRED', l.approved_quantity,
       case when p.final_status = 'EXHAUSTED' then l.approved_quantity
            else coalesce(l.per_shipment * p.ship_count, 0) end
from line l join plan p using (i);

-- The status a permit had after each step, and the reason code the status view derives from it.
create temp table state on commit preserve rows as
select s.i, s.k, s.action, s.at, s.ships_so_far, s.steps,
       case s.action when 'create' then 'DRAFT' when 'submit' then 'SUBMITTED' when 'start-review' then 'UNDER_REVIEW'
                     when 'request-information' then 'INFORMATION_REQUESTED' when 'respond' then 'UNDER_REVIEW'
                     when 'approve' then 'APPROVED' when 'refuse' then 'REFUSED' when 'withdraw' then 'WITHDRAWN'
                     when 'suspend' then 'SUSPENDED' when 'reinstate' then 'APPROVED' when 'revoke' then 'REVOKED'
                     when 'surrender' then 'SURRENDERED'
                     when 'ship' then case when p.final_status = 'EXHAUSTED' and s.ships_so_far = p.ship_count
                                           then 'EXHAUSTED' else 'APPROVED' end end as status,
       p.final_status, p.ship_count, s.at >= f.approved_at as approved_yet
from step s join plan p using (i) join fact f using (i);
create index on state (i, k);

insert into permit_history (id, permit_id, occurred_at, actor_key_id, actor_role, action, from_status, to_status,
                            reason, changes)
select pg_temp.u('history', s.i * 32 + s.k), pg_temp.u('permit', s.i), s.at,
       case when s.action in ('start-review', 'request-information', 'approve', 'refuse', 'suspend', 'reinstate',
                              'revoke') then 'authority001'
            else 'exp' || lpad(p.exporter_no::text, 9, '0') end,
       case when s.action in ('start-review', 'request-information', 'approve', 'refuse', 'suspend', 'reinstate',
                              'revoke') then 'AUTHORITY' else 'EXPORTER' end,
       s.action, lag(s.status) over (partition by s.i order by s.k), s.status,
       case s.action when 'refuse' then 'End use not substantiated by the documents provided.'
                     when 'request-information' then 'Please provide the end-user statement signed by the consignee.'
                     when 'suspend' then 'Under investigation for a possible diversion.'
                     when 'revoke' then 'Diversion to an unauthorised end user confirmed.' end,
       case s.action
           when 'create' then json_build_object('number', 'EP-' || extract(year from p.created_at at time zone 'UTC')
                                                || '-' || lpad(s.i::text, 6, '0'))::text
           when 'submit' then json_build_object('submittedAt', pg_temp.iso(s.at),
                                                'decisionDueOn', pg_temp.add_wd(s.at::date, 45))::text
           when 'ship' then json_build_object('batchId', 'CUS-' || s.i || '-' || s.ships_so_far)::text end
from state s join plan p using (i);

insert into shipment (id, permit_id, batch_id, shipped_on, reported_at, reported_by_key_id, reported_by_role, response)
select pg_temp.u('shipment', s.i * 32 + s.k), pg_temp.u('permit', s.i), 'CUS-' || s.i || '-' || s.ships_so_far,
       s.at::date, s.at, 'exp' || lpad(p.exporter_no::text, 9, '0'), 'EXPORTER',
       json_build_object('batchId', 'CUS-' || s.i || '-' || s.ships_so_far,
                         'permitNumber', 'EP-' || extract(year from p.created_at at time zone 'UTC') || '-'
                             || lpad(s.i::text, 6, '0'),
                         'shippedOn', s.at::date, 'reportedAt', pg_temp.iso(s.at),
                         'lines', (select json_agg(json_build_object('lineNumber', l.line_number,
                                        'quantity', q.shipped, 'remainingAfter', l.approved_quantity - q.total)
                                        order by l.line_number)
                                   from line l, lateral (select
                                       case when s.status = 'EXHAUSTED' then l.approved_quantity - l.per_shipment * (s.ships_so_far - 1)
                                            else l.per_shipment end as shipped,
                                       case when s.status = 'EXHAUSTED' then l.approved_quantity
                                            else l.per_shipment * s.ships_so_far end as total) q
                                   where l.i = s.i),
                         'permitStatus', s.status)::text
from state s join plan p using (i)
where s.action = 'ship';

insert into shipment_line (shipment_id, line_number, quantity)
select pg_temp.u('shipment', s.i * 32 + s.k), l.line_number,
       case when s.status = 'EXHAUSTED' then l.approved_quantity - l.per_shipment * (s.ships_so_far - 1)
            else l.per_shipment end
from state s join line l using (i)
where s.action = 'ship';

-- Each change's event, in the order the changes happened, with the status view it produced then.
insert into event (id, type, occurred_at, subject_type, subject_id, etag, data, visible_to_all, exporter_id, party_ids)
select pg_temp.u('event', s.i * 32 + s.k),
       'permit.' || case s.action when 'create' then 'created' when 'submit' then 'submitted'
                                  when 'start-review' then 'review_started'
                                  when 'request-information' then 'information_requested'
                                  when 'respond' then 'information_provided' when 'approve' then 'approved'
                                  when 'refuse' then 'refused' when 'withdraw' then 'withdrawn'
                                  when 'suspend' then 'suspended' when 'reinstate' then 'reinstated'
                                  when 'revoke' then 'revoked' when 'surrender' then 'surrendered'
                                  when 'ship' then 'shipment_recorded' end,
       s.at, 'permit', n.number,
       pg_temp.etag(n.number, s.k - 1, v.reason, case when s.status = 'INFORMATION_REQUESTED' then s.at::date::text else '' end),
       json_build_object(
           'number', n.number, 'status', v.status, 'reasonCode', v.reason,
           'validity', case when s.approved_yet then json_build_object('from', f.valid_from, 'until', f.valid_until) end,
           'lines', (select json_agg(json_build_object('lineNumber', l.line_number, 'unit', l.unit, 'quantity', l.quantity,
                                         'approvedQuantity', a.approved, 'shippedQuantity', a.shipped,
                                         'remainingQuantity', a.approved - a.shipped) order by l.line_number)
                     from line l, lateral (select case when s.approved_yet then l.approved_quantity end as approved,
                         case when s.status = 'EXHAUSTED' then l.approved_quantity
                              else coalesce(l.per_shipment * s.ships_so_far, 0) end as shipped) a
                     where l.i = s.i),
           'decisionDueOn', case when s.status in ('SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED')
                                 then f.decision_due_on end,
           'updatedAt', pg_temp.iso(s.at), 'href', '/api/v1/permits/' || n.number),
       false, pg_temp.u('exporter', p.exporter_no),
       array(select distinct unnest(array[pg_temp.u('party', p.consignee_no), pg_temp.u('party', p.end_user_no)]))
from state s join plan p using (i) join fact f using (i),
     lateral (select 'EP-' || extract(year from p.created_at at time zone 'UTC') || '-' || lpad(s.i::text, 6, '0') as number) n,
     lateral (select case when s.status = 'APPROVED' and s.at::date >= f.valid_until + 1 then 'EXPIRED' else s.status end
                         as status) st,
     lateral (select st.status,
                     case st.status when 'APPROVED' then 'VALID' when 'SUBMITTED' then 'AWAITING_DECISION'
                                    when 'UNDER_REVIEW' then 'AWAITING_DECISION' when 'DRAFT' then 'NOT_SUBMITTED'
                                    else st.status end as reason) v
order by s.at, s.i, s.k;

-- New permits made through the API continue the numbering.
select setval('permit_number_seq', :permits);
