-- Both 2025 suspensions have reached their scheduled end and no source says what followed. A
-- suspension now records whether a source confirms that it ended on its last day: a standing that
-- rests on an unconfirmed end is answered as scheduled, not confirmed.
alter table suspension add column end_confirmed boolean not null default false;
comment on column suspension.end_confirmed is
    'A source confirms the suspension ended on until_date; false means only the schedule says so';

-- The sources were last checked on 2026-12-05 (shared/DOMAIN.md, "Control codes added in December
-- 2026 research"). Rows an authority has since verified itself keep their own day.
update policy set last_verified_on = '2026-12-05' where last_verified_on = '2026-11-26';
update control_entry set last_verified_on = '2026-12-05' where last_verified_on = '2026-11-26';

-- Control entries verified in December 2026: 1C904 (No. 18 of 2025) and 1C909-1C912 (No. 57 of
-- 2025), from verbatim mirrors of the announcements. 1C913 fits the sequence but its source text
-- breaks off: carried, and marked unverified in its own data.
insert into control_entry (code, parent_code, description, elements, forms, hs_codes, default_unit, sources,
                           last_verified_on, verification_note) values
    ('1C904', null, 'Terbium and terbium items', '{Tb}', '{}', '{}', 'KGM',
     '{"gtic.007swz.com/xinxi/cmerpta.html (verbatim mirror of Announcement No. 18 of 2025)"}', '2026-12-05', null),
    ('1C904.a', '1C904', 'Terbium metal, terbium-cobalt and terbium-cobalt-iron alloys, terbium targets and terbium-containing NdFeB magnets',
     '{Tb}', '{METAL,ALLOY,TARGET,MAGNET}', '{2805301300,8505111000}', 'KGM',
     '{"gtic.007swz.com/xinxi/cmerpta.html (verbatim mirror of Announcement No. 18 of 2025)"}', '2026-12-05',
     '8505111000 covers all rare-earth permanent magnets'),
    ('1C904.b', '1C904', 'Terbium oxide and mixtures', '{Tb}', '{OXIDE}', '{}', 'KGM',
     '{"gtic.007swz.com/xinxi/cmerpta.html (verbatim mirror of Announcement No. 18 of 2025)"}', '2026-12-05', null),
    ('1C904.c', '1C904', 'Terbium compounds', '{Tb}', '{COMPOUND}', '{}', 'KGM',
     '{"gtic.007swz.com/xinxi/cmerpta.html (verbatim mirror of Announcement No. 18 of 2025)"}', '2026-12-05', null),
    ('1C909', null, 'Holmium and holmium items', '{Ho}', '{}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C909.a', '1C909', 'Holmium metal, holmium alloys, holmium targets and holmium functional materials', '{Ho}',
     '{METAL,ALLOY,TARGET}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05',
     'Functional materials are matched by this description only'),
    ('1C909.b', '1C909', 'Holmium oxide', '{Ho}', '{OXIDE}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C909.c', '1C909', 'Holmium compounds', '{Ho}', '{COMPOUND}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C910', null, 'Erbium and erbium items', '{Er}', '{}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C910.a', '1C910', 'Erbium metal, erbium alloys, erbium targets and erbium functional materials', '{Er}',
     '{METAL,ALLOY,TARGET}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05',
     'Functional materials are matched by this description only'),
    ('1C910.b', '1C910', 'Erbium oxide', '{Er}', '{OXIDE}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C910.c', '1C910', 'Erbium compounds', '{Er}', '{COMPOUND}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C911', null, 'Thulium and thulium items', '{Tm}', '{}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C911.a', '1C911', 'Thulium metal, thulium alloys, thulium targets and thulium functional materials', '{Tm}',
     '{METAL,ALLOY,TARGET}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05',
     'Functional materials are matched by this description only'),
    ('1C911.b', '1C911', 'Thulium oxide', '{Tm}', '{OXIDE}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C911.c', '1C911', 'Thulium compounds', '{Tm}', '{COMPOUND}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C912', null, 'Europium and europium items', '{Eu}', '{}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C912.a', '1C912', 'Europium metal, europium alloys, europium targets and europium functional materials', '{Eu}',
     '{METAL,ALLOY,TARGET}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05',
     'Functional materials are matched by this description only'),
    ('1C912.b', '1C912', 'Europium oxide', '{Eu}', '{OXIDE}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C912.c', '1C912', 'Europium compounds', '{Eu}', '{COMPOUND}', '{}', 'KGM',
     '{"gubaposthk.eastmoney.com/news,cjpl,1608530642.html (verbatim mirror of Announcement No. 57 of 2025)"}', '2026-12-05', null),
    ('1C913', null, 'Ytterbium and ytterbium items (code not verified)', '{Yb}', '{}', '{}', 'KGM',
     '{"exportcontrol.mofcom.gov.cn zcfggzqd/202510/1177.html (extraction breaks off before this item)"}', '2026-12-05',
     'UNVERIFIED: the code fits the sequence of Announcement No. 57 of 2025 but no complete source text confirms it; sub-items are not carried');

update control_entry
   set verification_note = 'Sub-items not verified. The codes of dysprosium, lutetium, scandium and yttrium items (1C905-1C908) are unverified and not listed'
 where code = '1C903' and verification_note like 'Sub-items not verified.%';

-- Measures name the items by code as well as by element and form.
update measure set control_codes = '{1C902,1C903,1C904}'
 where id = '6a0f6f0e-18a0-4c2e-9d31-000000000018' and control_codes = '{1C902,1C903}';
update measure set control_codes = '{1C909,1C910,1C911,1C912,1C913}'
 where id = '6a0f6f0e-18a0-4c2e-9d31-000000000057' and control_codes = '{}';
