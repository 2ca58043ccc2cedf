-- History and revisions are records of what happened: the database itself refuses to rewrite them,
-- whatever code or hand runs against it.
create function refuse_rewrite() returns trigger language plpgsql as $$
begin
    raise exception '% rows are append-only: % refused', tg_table_name, tg_op;
end;
$$;

create trigger permit_history_append_only before update or delete on permit_history
    for each row execute function refuse_rewrite();
create trigger revision_append_only before update or delete on revision
    for each row execute function refuse_rewrite();
