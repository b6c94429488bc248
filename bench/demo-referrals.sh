#!/usr/bin/env bash
# Issue 13's own measurement, repeatable: the demo networks with 20,000 referrals added to Scheldeveld (a large city
# network after a few years: each partner receives about 500), and the time and size of the staff pages that were
# slow and of the home pages (issue 15), as a new user sees them (curl, one request at a time, median of 5 after one
# warm-up request).
#
#   bench/demo-referrals.sh            # builds the jar unless BENCH_SKIP_BUILD=1; data in /tmp/stiel-demo20k
#
# Settings (environment): DEMO20K_DIR (/tmp/stiel-demo20k), DEMO20K_PORT (8099), DEMO20K_REFERRALS (20000).
# Needs a JDK 21+ and psql. Sends traffic to localhost only and stops Stiel when done.
set -euo pipefail

cd "$(dirname "$0")/.."
DIR=${DEMO20K_DIR:-/tmp/stiel-demo20k}
PORT=${DEMO20K_PORT:-8099}
COUNT=${DEMO20K_REFERRALS:-20000}
PASSWORD=demo-password-20k
BASE=http://localhost:$PORT
OUT=$PWD/target/bench
mkdir -p "$OUT"

source bench/jdk.sh
[[ "${BENCH_SKIP_BUILD:-0}" == 1 ]] || ./mvnw -B -q -DskipTests package
JAR=$(ls target/stiel-*.jar | grep -v plain | head -1)

STIEL_DATA_DIR=$DIR STIEL_DEMO_PASSWORD=$PASSWORD SERVER_PORT=$PORT "$JAVA_HOME/bin/java" -jar "$JAR" \
  >"$OUT/demo20k-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 $APP 2>/dev/null || { echo "Stiel did not start: $OUT/demo20k-app.log" >&2; exit 1; }
  sleep 1
done
PGPORT=$(sed -n 4p "$DIR/postgres/postmaster.pid")
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -h localhost -p "$PGPORT" -U postgres -d postgres)
[[ -f "$DIR/.pgpass" ]] && export PGPASSFILE="$DIR/.pgpass"

have=$("${PSQL[@]}" -tAc "select count(*) from referral r join network n on n.id = r.network_id where n.slug = 'scheldeveld'")
if (( have < COUNT )); then
  echo "Adding $((COUNT - have)) referrals to Scheldeveld"
  "${PSQL[@]}" <<SQL
begin;
create temporary table p as
  select row_number() over (order by np.partner_id) - 1 as i, np.partner_id as id
  from network_partner np join network n on n.id = np.network_id where n.slug = 'scheldeveld';
create temporary table new_referral as
  select gen_random_uuid() as id, n.id as network_id, n.created_by as author, g,
         (select id from p where p.i = g % (select count(*) from p)) as recipient,
         (select id from p where p.i = (g * 7 + 3) % (select count(*) from p)) as sender,
         (array['SENT','OPENED','ACCEPTED','IN_CONTACT','DECLINED','CLOSED','CLOSED','CLOSED','CANCELLED','WITHDRAWN'])[1 + g % 10] as status,
         now() - make_interval(hours => g % 26000) as created
  from generate_series(1, $((COUNT - have))) g,
       (select n.id, (select m.user_id from membership m where m.network_id = n.id limit 1) as created_by
        from network n where n.slug = 'scheldeveld') n;
delete from new_referral where sender = recipient;
insert into referral (id, network_id, sender_partner_id, recipient_partner_id, status, created_by, contact_name,
    contact_phone, contact_email, preferred_contact, language, life_domain, need, urgency, consent_given_by,
    consent_given_on, consent_method, consent_purpose, consent_recipient_id, consent_text_version,
    decline_reason, outcome, created_at, sent_at, opened_at, answered_at, finished_at, withdrawn_at)
select id, network_id, sender, recipient, status, author, 'Gezin ' || g, '0470' || lpad((g % 1000000)::text, 6, '0'),
    'gezin' || g || '@example.org', 'PHONE', 'nl',
    (array['EDUCATION','LEISURE','CHILDCARE','MENTAL_WELLBEING','HEALTH','HOUSING','EMPLOYMENT','PRACTICAL_SUPPORT','PARENTING_SUPPORT','MEETING_OTHERS'])[1 + g % 10],
    'Vraag naar ondersteuning', (array['LOW','NORMAL','NORMAL','HIGH'])[1 + g % 4], 'Ouder', created::date, 'VERBAL',
    'Doorverwijzing', recipient, 1,
    case when status = 'DECLINED' then 'NO_CAPACITY' end,
    case when status = 'CLOSED' then 'GOT_HELP' end,
    created, created + interval '1 minute',
    case when status <> 'SENT' then created + interval '2 hours' end,
    case when status in ('ACCEPTED','IN_CONTACT','DECLINED','CLOSED') then created + interval '1 day' end,
    case when status in ('DECLINED','CLOSED','CANCELLED','WITHDRAWN') then created + interval '10 days' end,
    case when status = 'WITHDRAWN' then created + interval '10 days' end
from new_referral;
insert into referral_step (referral_id, position, action, status, actor_id, actor_name, at)
select id, 0, null, 'DRAFT', author, 'Medewerker', created from new_referral
union all
select id, 1, 'SEND', 'SENT', author, 'Medewerker', created + interval '1 minute' from new_referral;
commit;
analyze referral; analyze referral_step;
SQL
fi

cookie_login() {
  local jar=$1 user=$2
  rm -f "$jar"
  local token
  token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
}
cookie_login "$OUT/partner.jar" partner@stiel.example
cookie_login "$OUT/coordinator.jar" coordinator@stiel.example

measure() {
  local jar=$1 path=$2 label=${3:-} times=() size
  curl -fs -o /dev/null -b "$jar" -H 'Accept-Encoding: gzip' "$BASE$path" || { printf '| `%s` | error |\n' "$path"; return; }
  for _ in 1 2 3 4 5; do
    read -r t size < <(curl -fs -o /dev/null -b "$jar" -w '%{time_total} %{size_download}\n' "$BASE$path")
    times+=("$t")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  printf '| `%s`%s | %.0f ms | %s KB |\n' "$path" "$label" "$(awk -v m="$median" 'BEGIN { print m * 1000 }')" "$((size / 1024))"
}
{
  echo "| page | median of 5 | size (uncompressed) |"
  echo "|---|---:|---:|"
  measure "$OUT/partner.jar" / ' (home, partner staff)'
  measure "$OUT/coordinator.jar" / ' (home, coordinator)'
  measure "$OUT/partner.jar" /referrals
  measure "$OUT/partner.jar" '/referrals?box=IN_PROGRESS'
  measure "$OUT/partner.jar" '/referrals?box=CLOSED'
  measure "$OUT/partner.jar" /referrals/sent
  measure "$OUT/partner.jar" /referrals/notifications
  measure "$OUT/coordinator.jar" /referrals/dashboard
  measure "$OUT/partner.jar" /api/v1/referrals/inbox
  measure "$OUT/coordinator.jar" /api/v1/referrals/statistics
  measure "$OUT/partner.jar" '/aanbod?q=baby'
} | tee "$OUT/demo20k-results.md"
"${PSQL[@]}" -tAc "select 'referrals in Scheldeveld: ' || count(*) from referral r join network n on n.id = r.network_id where n.slug = 'scheldeveld'"
