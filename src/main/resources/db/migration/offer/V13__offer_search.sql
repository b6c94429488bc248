-- The families' search. Typo tolerance: every word of a query that is not a word of the offer is corrected to the
-- nearest word of the offer's vocabulary by trigram distance, and both are searched. The vocabulary is kept exact by
-- triggers (a count of offers per word), so a correction never points at a word no offer has any more.

create table offer_word (
    word   text primary key,
    -- 0 only for a moment, between the decrement and the delete of a trigger
    offers int not null check (offers >= 0)
);
-- GiST, not GIN: "order by word <-> ? limit 1" walks it nearest first (KNN) instead of sorting all candidates
create index offer_word_trgm_idx on offer_word using gist (word gist_trgm_ops);

-- The words of a text as a query is split: lower case, accents off, letters and digits, three or more characters.
create or replace function stiel_words(text) returns setof text
    language sql immutable parallel safe
as
$$
select distinct w
from regexp_split_to_table(stiel_unaccent(lower(coalesce($1, ''))), '[^[:alnum:]]+') as w
where length(w) >= 3
$$;

create or replace function offer_word_count() returns trigger
    language plpgsql
as
$$
begin
    -- sorted, so that two transactions touching the same words lock them in the same order
    if tg_op in ('UPDATE', 'DELETE') then
        update offer_word v set offers = v.offers - 1
        from (select w from stiel_words(old.name || ' ' || coalesce(old.description, '')) w order by w) old_words
        where v.word = old_words.w;
        delete from offer_word where offers <= 0;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into offer_word (word, offers)
        select w, 1 from stiel_words(new.name || ' ' || coalesce(new.description, '')) w order by w
        on conflict (word) do update set offers = offer_word.offers + 1;
    end if;
    return null;
end
$$;

create trigger offer_word_insert after insert on offer
    for each row execute function offer_word_count();
create trigger offer_word_update after update of name, description on offer
    for each row when (old.name is distinct from new.name or old.description is distinct from new.description)
execute function offer_word_count();
create trigger offer_word_delete after delete on offer
    for each row execute function offer_word_count();

insert into offer_word (word, offers)
select w, count(*) from offer, stiel_words(name || ' ' || coalesce(description, '')) w group by w;

-- ANDs the per-word queries of a search.
create aggregate stiel_tsquery_and(tsquery) (sfunc = tsquery_and, stype = tsquery);

-- The public search always filters on these; a partial index keeps the candidate set small.
create index offer_public_idx on offer (lower(name), id) where published and status <> 'ENDED';
create index offer_public_search_idx on offer using gin (search) where published and status <> 'ENDED';
