#!/usr/bin/env bash
# Issue 14's own check, from the outside, repeatable: Stiel run exactly as the README says (the jar on the embedded
# database, data kept in a folder), then
#   1. kill -9 of the application during 200 referral sends through the API: the README's command starts again
#      without help, and every referral the API acknowledged (201) is there;
#   2. the same with the application and its database killed together (what an OOM kill or a power cut does);
#   3. a second local account cannot connect to the embedded database;
#   4. %00 in parameters answers 400; a forged X-Forwarded-Host changes no redirect; fifty anonymous page views add
#      no session row; two parallel submissions of one form create one record and no 500.
# Two instances on one database (one login, one job run, one mail) are proved by TwoInstancesServerTests in verify.
#
#   bench/faults.sh            # builds the jar unless BENCH_SKIP_BUILD=1; data in /tmp/stiel-faults (wiped first)
#
# Settings (environment): FAULTS_DIR (/tmp/stiel-faults), FAULTS_PORT (8097). Needs a JDK 21+, curl, jq, psql, and
# root for check 3 (it adds a local account `stielcheck`). Sends traffic to localhost only; stops Stiel when done.
set -uo pipefail

cd "$(dirname "$0")/.."
DIR=${FAULTS_DIR:-/tmp/stiel-faults}
PORT=${FAULTS_PORT:-8097}
PASSWORD=demo-password-faults
BASE=http://localhost:$PORT
OUT=$PWD/target/bench/faults
SENDS=200
rm -rf "$DIR" "$OUT"
mkdir -p "$OUT"

source bench/jdk.sh
[[ "${BENCH_SKIP_BUILD:-0}" == 1 ]] || ./mvnw -B -q -DskipTests package || exit 1
JAR=$(ls target/stiel-*.jar | grep -v plain | head -1)

failures=0
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }

APP=
start() { # the README's command for the jar; "without help": no cleanup of any kind before it
  local log=$OUT/app-$1.log started
  started=$(date +%s.%N)
  STIEL_DATA_DIR=$DIR STIEL_DEMO_PASSWORD=$PASSWORD SERVER_PORT=$PORT "$JAVA_HOME/bin/java" -Xmx768m -jar "$JAR" \
    >"$log" 2>&1 &
  APP=$!
  for _ in $(seq 1 240); do
    if curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1; then
      printf '      started (%s) in %.1f s\n' "$1" "$(echo "$(date +%s.%N) - $started" | bc)"
      return 0
    fi
    kill -0 "$APP" 2>/dev/null || { fail "start ($1) gave up: $log"; tail -5 "$log"; return 1; }
    sleep 0.5
  done
  fail "start ($1) not ready after 120 s: $log"
  return 1
}
stop() { [[ -n "$APP" ]] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null; APP=; }
trap stop EXIT
postmaster() { sed -n 1p "$DIR/postgres/postmaster.pid" 2>/dev/null; }
pgport() { sed -n 4p "$DIR/postgres/postmaster.pid"; }
# The owner of the data folder reads the generated database password; nobody else can
psql_owner() {
  PGPASSFILE=$DIR/.pgpass psql -q -X -tA -h localhost -p "$(pgport)" -U stiel -d postgres -c "$1"
}

csrf_of() { sed -n 's/.*name="_csrf" \(content\|value\)="\([^"]*\)".*/\2/p' "$1" | head -1; }

login() { # $1 cookie jar, $2 e-mail
  curl -fs -c "$1" -b "$1" "$BASE/login" -o "$OUT/login.html"
  curl -s -c "$1" -b "$1" -o /dev/null "$BASE/login" \
    --data-urlencode "username=$2" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$(csrf_of "$OUT/login.html")"
}

echo "== Starting Stiel on a new data folder ($DIR)"
start first || exit 1
JAR_COOKIES=$OUT/partner.cookies
login "$JAR_COOKIES" partner@stiel.example
curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/account" -o "$OUT/account.html"
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/account/tokens" -o "$OUT/token.html" \
  --data-urlencode "name=faults" --data-urlencode "_csrf=$(csrf_of "$OUT/account.html")" \
  --data-urlencode "_once=$(sed -n 's/.*name="_once" value="\([^"]*\)".*/\1/p' "$OUT/account.html" | tail -1)"
TOKEN=$(grep -o 'stiel_[A-Za-z0-9_-]*' "$OUT/token.html" | head -1)
[[ -n "$TOKEN" ]] || { fail "no API token for partner@ ($OUT/token.html)"; exit 1; }
AUTH=(-H "Authorization: Bearer $TOKEN")
RECIPIENT=$(curl -fs "${AUTH[@]}" "$BASE/api/v1/referrals/services" | jq -r '.[0].partnerId | if type == "object" then .value else . end')
CONSENT=$(curl -fs "${AUTH[@]}" "$BASE/api/v1/referrals/consent-text" | jq -r '.version')
echo "      API token for partner@, recipient partner $RECIPIENT, consent text version $CONSENT"

send() { # $1 round, $2 sequence number: prints the id when the API acknowledged it with 201
  local body code
  body=$(jq -nc --arg r "$RECIPIENT" --argjson v "$CONSENT" --arg n "Fault $1-$2" '{recipientPartnerId: $r,
    contactName: $n, contactEmail: "fault@example.org", preferredContact: "EMAIL", lifeDomain: "HOUSING",
    need: "Zoekt een woning", urgency: "HIGH", consentGivenBy: "Mama", consentGivenOn: "2026-11-30",
    consentMethod: "WRITTEN", consentPurpose: "Woonvraag", consentTextVersion: $v}')
  code=$(curl -s -m 10 -o "$OUT/send-$1-$2.json" -w '%{http_code}' "${AUTH[@]}" -H 'Content-Type: application/json' \
    -d "$body" "$BASE/api/v1/referrals?send=true")
  [[ "$code" == 201 ]] && jq -r '.id' "$OUT/send-$1-$2.json"
}

crash_round() { # $1 round name, $2 what to kill: app | app+db
  local acked=$OUT/acked-$1.txt killed=0 pm
  : >"$acked"
  echo "== Round $1: $SENDS referral sends, 4 at a time; kill -9 of the $2 after 80 acknowledged"
  local senders=()
  for i in $(seq 1 $SENDS); do
    (id=$(send "$1" "$i") && [[ -n "$id" ]] && echo "$id" >>"$acked") &
    senders+=($!)
    # wait for these senders only: a plain `wait` would also wait for Stiel itself
    (( i % 4 == 0 )) && { wait "${senders[@]}"; senders=(); }
    if (( killed == 0 )) && (( $(wc -l <"$acked") >= 80 )); then
      pm=$(postmaster)
      if [[ "$2" == app+db ]]; then
        # one signal for the JVM, the postmaster and every backend, as close to "at once" as a shell gets
        kill -9 "$APP" "$pm" $(pgrep -P "$pm") 2>/dev/null
      else
        kill -9 "$APP"
      fi
      killed=1
      echo "      killed at send $i"
    fi
  done
  wait "${senders[@]}" 2>/dev/null
  wait "$APP" 2>/dev/null
  APP=
  local acknowledged sent_after
  acknowledged=$(sort -u "$acked" | wc -l)
  echo "      the API acknowledged $acknowledged of $SENDS sends"
  if [[ "$2" == app ]]; then
    for _ in $(seq 1 20); do kill -0 "$pm" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pm" 2>/dev/null; then fail "the database outlived the application by more than 10 s"
    else pass "the database stopped after the application was killed"; fi
  fi
  start "after-$1" || return 1
  local missing=0
  while read -r id; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$BASE/api/v1/referrals/$id")
    [[ "$code" == 200 ]] || missing=$((missing + 1))
  done < <(sort -u "$acked")
  if (( missing == 0 )); then pass "round $1: all $acknowledged acknowledged referrals are there after the restart"
  else fail "round $1: $missing of $acknowledged acknowledged referrals are missing after the restart"; fi
}

crash_round 1 app
crash_round 2 app+db

echo "== A second local account and the embedded database"
id stielcheck >/dev/null 2>&1 || useradd -M -s /usr/sbin/nologin stielcheck
for role in postgres stiel; do
  if runuser -u stielcheck -- env PGCONNECT_TIMEOUT=5 psql -X -w -h localhost -p "$(pgport)" -U "$role" -d postgres \
      -c 'select 1' >"$OUT/other-user-$role.txt" 2>&1; then
    fail "a second local account connected as $role"
  else
    pass "a second local account cannot connect as $role: $(head -1 "$OUT/other-user-$role.txt")"
  fi
done
if runuser -u stielcheck -- cat "$DIR/.pgpass" >/dev/null 2>&1; then fail "a second local account reads the password file"
else pass "a second local account cannot read the password file"; fi

echo "== Requests an attacker sends"
bad=0
for path in '/aanbod?network=%00' '/api/hsds/services?search=a%00' '/login?x=%00' '/password/forgot?email=%00' \
    '/aanbod?q=%C3%28' '/partners?q=a%00'; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$BASE$path")
  [[ "$code" == 400 ]] || { bad=$((bad + 1)); echo "      $path answered $code"; }
done
(( bad == 0 )) && pass "%00 and invalid UTF-8 in parameters answer 400" || fail "$bad requests with %00 did not answer 400"

curl -s -c "$OUT/forged.cookies" -b "$OUT/forged.cookies" "$BASE/login" -o "$OUT/login2.html"
location=$(curl -s -o /dev/null -D - -c "$OUT/forged.cookies" -b "$OUT/forged.cookies" \
  -H 'X-Forwarded-Host: evil.example' -H 'X-Forwarded-Proto: https' "$BASE/login" \
  --data-urlencode "username=coordinator@stiel.example" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$(csrf_of "$OUT/login2.html")" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
[[ -n "$location" && "$location" != *evil.example* ]] && pass "a forged X-Forwarded-Host changes no redirect ($location)" \
  || fail "login with a forged X-Forwarded-Host redirected to '$location'"

before=$(psql_owner "select count(*) from spring_session")
for i in $(seq 1 50); do
  case $((i % 5)) in
    0) path=/login ;; 1) path=/ ;; 2) path=/aanbod ;; 3) path=/referrals ;; 4) path=/password/forgot ;;
  esac
  curl -s -o /dev/null "$BASE$path"
done
after=$(psql_owner "select count(*) from spring_session")
[[ -n "$before" && "$before" == "$after" ]] && pass "fifty anonymous page views add no session row ($before before, $after after)" \
  || fail "fifty anonymous page views: session rows $before before, $after after"

doubles=()
# the referral form as a partner sends it, clicked twice: both POSTs carry the same rendered form
curl -fs -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/referrals/new" -o "$OUT/referral-form.html"
once=$(sed -n 's/.*name="_once" value="\([^"]*\)".*/\1/p' "$OUT/referral-form.html" | tail -1)
csrf=$(csrf_of "$OUT/referral-form.html")
for n in 1 2; do
  curl -s -o /dev/null -w '%{http_code}\n' -b "$JAR_COOKIES" "$BASE/referrals" \
    --data-urlencode "_csrf=$csrf" --data-urlencode "_once=$once" --data-urlencode "intent=send" \
    --data-urlencode "recipientPartnerId=$RECIPIENT" --data-urlencode "contactName=Dubbel Verzonden" \
    --data-urlencode "contactEmail=dubbel@example.org" --data-urlencode "preferredContact=EMAIL" \
    --data-urlencode "lifeDomain=HOUSING" --data-urlencode "need=Zoekt een woning" --data-urlencode "urgency=HIGH" \
    --data-urlencode "consentGivenBy=Mama" --data-urlencode "consentGivenOn=2026-11-30" \
    --data-urlencode "consentMethod=WRITTEN" --data-urlencode "consentPurpose=Woonvraag" \
    --data-urlencode "consentTextVersion=$CONSENT" >"$OUT/double-$n.txt" &
  doubles+=($!)
done
wait "${doubles[@]}"
records=$(psql_owner "select count(*) from referral where contact_name = 'Dubbel Verzonden'")
codes=$(cat "$OUT"/double-*.txt | tr '\n' ' ')
if [[ -n "$once" && "$records" == 1 && "$codes" != *5??* ]]; then
  pass "two parallel submissions of one form create one record (answers: $codes)"
else
  fail "two parallel submissions of one form: $records records, answers $codes (token '${once:0:8}…')"
fi

stop
echo "== $failures failed"
exit $((failures > 0))
