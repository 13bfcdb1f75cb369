#!/usr/bin/env bash
# Runs the built product's headless commands as an administrator would, and checks what they print and
# write: the first administrator and two accounts created from the command line, sign-in refusals, a legacy CSV turned into XLSX by LibreOffice, its dry run, its import, a second import that
# creates nothing, a report, the donor report (read with pdftotext), an anonymised export, and the exit
# codes of bad input. Called by releng/test.sh after the build; needs soffice and pdftotext.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$root/releng/env.sh"
homeward="$root/releng/org.homeward.repository/target/products/org.homeward.product/linux/gtk/x86_64/homeward/homeward"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
check() { # description, then a command that must succeed
  local what="$1"; shift
  if "$@"; then echo "headless: ok   $what"; else echo "headless: FAIL $what" >&2; failures=$((failures + 1)); fi
}
hw() { HOMEWARD_LANG=fr "$homeward" -data "$work/data" --headless "$@"; }
admin_password="mot-de-passe-de-l-admin"
assistant_password="mot-de-passe-assistante"
officer_password="mot-de-passe-programme"

# accounts first, as an administrator would set up a new office server: nothing opens without them
hw reports >/dev/null 2>"$work/nouser.err"; code=$?
check "a command without a user name is refused: exit 77" test "$code" -eq 77
check "naming the variable to set" grep -q "HOMEWARD_USER" "$work/nouser.err"
HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" hw reports >/dev/null 2>"$work/noaccount.err"; code=$?
check "before any account, a command is refused: exit 77" test "$code" -eq 77
check "saying to create the administrator first" grep -q "administrateur" "$work/noaccount.err"
HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" hw setup 2>/dev/null
check "setup creates the administrator and the key file" test -s "$work/data/database.keys"
check "the database is encrypted" grep -q "dataEncryption=true" "$work/data/database/service.properties"
HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" HOMEWARD_NEW_PASSWORD="$assistant_password" \
  hw add-user awa.diallo --role operations_assistant --name "Awa Diallo" >/dev/null 2>&1
HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" HOMEWARD_NEW_PASSWORD="$officer_password" \
  hw add-user k.traore --role programme_officer --name "Karim Traoré" >/dev/null 2>&1
HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" hw users >"$work/users.txt" 2>/dev/null
check "the administrator lists three accounts" test "$(wc -l <"$work/users.txt")" -eq 3
check "with the assistant's role" grep -q $'^awa.diallo\tOPERATIONS_ASSISTANT\tactive' "$work/users.txt"
HOMEWARD_USER=awa.diallo HOMEWARD_PASSWORD="pas-le-bon-mot" hw reports >/dev/null 2>"$work/wrong.err"; code=$?
check "a wrong password exits 77" test "$code" -eq 77
check "without saying whether the name or the password was wrong" grep -q "Identifiant ou mot de passe incorrect" "$work/wrong.err"
HOMEWARD_USER=awa.diallo HOMEWARD_PASSWORD="$assistant_password" hw users >/dev/null 2>&1; code=$?
check "an assistant may not list the accounts: exit 77" test "$code" -eq 77
# the checks below run as the assistant, unless they say otherwise
export HOMEWARD_USER=awa.diallo HOMEWARD_PASSWORD="$assistant_password"

cp "$root/releng/tests/legacy-cases.csv" "$work/dossiers.csv"
soffice -env:UserInstallation="file://$work/profile" --headless --infilter="CSV:59,34,76" \
  --convert-to xlsx --outdir "$work" "$work/dossiers.csv" >/dev/null 2>&1
check "LibreOffice wrote the legacy workbook" test -s "$work/dossiers.xlsx"

hw import "$work/dossiers.xlsx" --dry-run >"$work/dry.txt" 2>"$work/dry.err"
check "dry run exits 0" test $? -eq 0
for line in rows=12 households_to_create=8 persons_to_create=9 rejected=2 matches_row=1 matches_existing=0 \
  already_imported=0; do
  check "dry run prints $line" grep -qx "$line" "$work/dry.txt"
done
check "dry run names row 11's column" grep -q $'^11\tREJECTED\tDate de naissance\t' "$work/dry.txt"
check "dry run names row 12's country" grep -q $'^12\tREJECTED\tNationalité\tpays inconnu ou ambigu « Atlantide »' "$work/dry.txt"
check "dry run says nothing was saved" grep -q "rien n'a été enregistré" "$work/dry.err"

hw import "$work/dossiers.xlsx" >"$work/import.txt" 2>/dev/null
check "import creates the dry run's 8 cases" grep -qx created_cases=8 "$work/import.txt"
check "import creates the dry run's 9 persons" grep -qx created_persons=9 "$work/import.txt"
hw import "$work/dossiers.xlsx" >"$work/again.txt" 2>/dev/null
check "a second import creates nothing" grep -qx created_cases=0 "$work/again.txt"
check "a second import finds its 10 rows imported (row 13 repeats row 4)" grep -qx already_imported=10 "$work/again.txt"

HOMEWARD_USER=k.traore HOMEWARD_PASSWORD="$officer_password" \
  hw report returns-by-nationality --from 2024-01-01 --to 2024-12-31 --not-anonymised --out "$work/n.csv" 2>/dev/null
check "report: returns by nationality, by hand" diff <(printf '\xef\xbb\xbfNationalité;Retours;Part\r\nGuinée;7;77.8\r\nSénégal;2;22.2\r\nTotal;9;100.0\r\n') "$work/n.csv"
hw report returns-by-nationality --from 2024-01-01 --to 2024-12-31 --not-anonymised --out "$work/na.csv" \
  >/dev/null 2>"$work/na.err"; code=$?
check "counts under five are for programme officers: an assistant's exits 77" test "$code" -eq 77
check "naming what the role does not allow" grep -q "EXPORT_IDENTIFIED" "$work/na.err"
hw report returns-by-nationality --from 2024-01-01 --to 2024-12-31 --out - >"$work/a.csv" 2>/dev/null
check "report to stdout, anonymised: Senegal's 2 and its share hidden" grep -q $'^Sénégal;<5;<5\r$' "$work/a.csv"

hw donor-report --from 2024-01-01 --to 2024-12-31 --donor "Fonds fiduciaire UE" --out "$work/bailleur.pdf" 2>/dev/null
check "donor report written" test -s "$work/bailleur.pdf"
pdftotext -layout "$work/bailleur.pdf" "$work/bailleur.txt"
check "donor report: period and donor" grep -q "du 01/01/2024 au 31/12/2024" "$work/bailleur.txt"
check "donor report: donor" grep -q "Bailleur : Fonds fiduciaire UE" "$work/bailleur.txt"
check "donor report: Guinea's 7 returns" grep -Eq "^Guinée +7 +77\.8" "$work/bailleur.txt"

hw export --from 2024-01-01 --to 2024-12-31 --out "$work/cases.csv" >"$work/export.txt" 2>/dev/null
check "export counts the 8 cases" grep -qx cases=8 "$work/export.txt"
check "anonymised export holds no name" bash -c "! grep -Eqi 'Bah|Ibrahima|Ndiaye|Camara|Mariama' '$work/cases.csv'"

hw export --from 2024-01-01 --to 2024-12-31 --not-anonymised --out "$work/named.csv" >/dev/null 2>"$work/named.err"
code=$?
check "a list with names is refused to an assistant: exit 77" test "$code" -eq 77
check "and nothing written" test ! -e "$work/named.csv"
check "saying to export it anonymised" grep -q "anonymisée" "$work/named.err"
HOMEWARD_USER=k.traore HOMEWARD_PASSWORD="$officer_password" hw export --from 2024-01-01 --to 2024-12-31 --not-anonymised \
  --out "$work/named.csv" >/dev/null 2>&1
check "a programme officer's list has the names" grep -q "Camara" "$work/named.csv"

printf 'garbage' >"$work/faux.xlsx"
hw import "$work/faux.xlsx" >/dev/null 2>"$work/faux.err"; code=$?
check "a file that is not a workbook exits 65" test "$code" -eq 65
check "and says so, naming it" grep -q "faux.xlsx" "$work/faux.err"
hw frobnicate >/dev/null 2>&1; code=$?
check "an unknown command exits 64" test "$code" -eq 64
hw import "$work/absent.csv" >/dev/null 2>&1; code=$?
check "a missing file exits 66" test "$code" -eq 66

# an office server: two workstations on one PostgreSQL database (when releng/test.sh started one), as an
# administrator sets them up with the README's "Office server"
if [ -n "${HOMEWARD_TEST_PG_URL:-}" ]; then
  hwat() { local d="$1"; shift; HOMEWARD_LANG=fr "$homeward" -data "$work/$d" --headless "$@"; }
  for ws in poste1 poste2; do
    mkdir -p "$work/$ws" && chmod 700 "$work/$ws"
    printf 'jdbc.url=%sheadless%s\njdbc.user=homeward\njdbc.driver=org.postgresql.Driver\n' "$HOMEWARD_TEST_PG_URL" \
      "$HOMEWARD_TEST_PG_OPTIONS" >"$work/$ws/homeward.properties"
  done
  HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" hwat poste1 users >/dev/null 2>"$work/nopw.err"; code=$?
  check "server: without the server's password a command exits 69" test "$code" -eq 69
  check "server: saying what to run" grep -q "server-password" "$work/nopw.err"
  HOMEWARD_DB_PASSWORD="$HOMEWARD_TEST_PG_PASSWORD" hwat poste1 server-password >/dev/null 2>&1; code=$?
  check "server: the first workstation keeps the server's password" test "$code" -eq 0
  check "server: nowhere in clear in the data folder" bash -c "! grep -rqa '$HOMEWARD_TEST_PG_PASSWORD' '$work/poste1'"
  HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" hwat poste1 setup 2>/dev/null; code=$?
  check "server: setup on the first workstation" test "$code" -eq 0
  check "server: no key file on the workstation (the slots are on the server)" test ! -e "$work/poste1/database.keys"
  HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" HOMEWARD_NEW_PASSWORD="$assistant_password" \
    hwat poste1 add-user awa.diallo --role operations_assistant --name "Awa Diallo" >/dev/null 2>&1
  HOMEWARD_DB_PASSWORD="$HOMEWARD_TEST_PG_PASSWORD" hwat poste2 server-password >/dev/null 2>&1
  HOMEWARD_USER=awa.diallo HOMEWARD_PASSWORD="$assistant_password" hwat poste2 reports >/dev/null 2>"$work/poste2.err"
  code=$?
  check "server: the assistant made on the first workstation signs in on the second" test "$code" -eq 0
  HOMEWARD_USER=awa.diallo HOMEWARD_PASSWORD="pas-le-bon" hwat poste2 reports >/dev/null 2>&1; code=$?
  check "server: a wrong password on the second workstation exits 77" test "$code" -eq 77
  HOMEWARD_USER=admin HOMEWARD_PASSWORD="$admin_password" hwat poste2 users >"$work/poste2-users.txt" 2>/dev/null
  check "server: the second workstation lists the two accounts" test "$(wc -l <"$work/poste2-users.txt")" -eq 2
fi

if [ "$failures" -gt 0 ]; then
  echo "headless: $failures check(s) failed" >&2
  exit 1
fi
echo "headless: all checks passed"
