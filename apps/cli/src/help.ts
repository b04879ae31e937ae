/**
 * @module
 * The `--help` texts, in Swedish like the rest of the product's interface.
 */

export const mainHelp = `indikera: NNS-indikatorer för samordningsförbund

Användning:
  pnpm --silent indikera <kommando> [flaggor]

Kommandon:
  report <svar.csv>         indikatorrapport från en svarsfil, utan databas och server
  instrument validate <fil> kontrollera en instrumentfil (en version av enkäterna)
  instrument add <fil>      lägg till en version i installationens register
  instrument list           registrets versioner
  serve                     starta Indikera (pnpm start)
  demo                      starta med en ny demodatabas (pnpm demo)
  migrate                   uppdatera databasen till senaste schemat
  user add                  skapa en användare eller ge en roll i ett förbund
  import <fil> --round <id> importera svar (CSV eller XLSX) till en mätning
  backup <fil>              säkerhetskopiera databasen (går bra medan servern kör)
  restore <fil>             återställ databasen från en säkerhetskopia (servern stoppad)

Databasen anges med --database <url> eller DATABASE_URL (standard file:./data/indikera.sqlite;
en PostgreSQL-databas anges som postgres://användare:lösenord@värd/databas).
Skriv "indikera <kommando> --help" för kommandots flaggor.
`;

export const reportHelp = `indikera report: indikatorrapport från en svarsfil

Användning:
  pnpm --silent indikera report <svar.csv> [--riksnitt <riksnitt.csv>] [--year <åååå>]
        [--previous <svar.csv>] [--format json|csv|csv-raw|md]
        [--instrument <version|fil.json>] [--database <url>]
        [--history <åååå>=<svar.csv> …]

  <svar.csv>            svaren, en rad per enkät: grupp, kon, insats, datum och en kolumn
                        per fråga (DP1 … S5 i 2021); komma eller semikolon
                        (docs/responses-csv.md)
  --instrument <v>      enkätversionen svaren gäller: en version i installationens
                        register (standard den inbyggda 2021) eller en instrument-
                        fil (namnet slutar på .json); svarsfilernas kolumner och
                        riksnittets frågor följer den
  --database <url>      installationen vars register en version slås upp i
                        (standard DATABASE_URL, annars file:./data/indikera.sqlite)
  --riksnitt <fil>      riksnitt per år och fråga: year,question,all,kvinna,man
                        (docs/riksnitt-csv.md)
  --year <åååå>         mätningens år; väljer riksnittets år
  --previous <fil>      föregående års svar, för jämförelsen med förra året
  --history <år>=<fil>  ett tidigare års svar (högst 5 år, flaggan en gång per år): per
                        fråga andelen år för år (JSON: history; md: "Över åren"); en
                        fråga följs över en ändrad formulering genom sitt sameAs
  --history-instrument <år>=<version|fil.json>
                        enkätversionen ett tidigare år besvarades på (standard samma
                        som --instrument)
  --format <format>     json (standard): rapporten som JSON
                        csv: en rad per fråga, för svenska Excel (semikolon,
                          decimalkomma, avrundade tal, svenska ord)
                        csv-raw: en rad per fråga för skript (komma, koder,
                          full precision)
                        md: en läsbar rapport på svenska (Markdown)
  --threshold <n>       minsta antal svar för att visa kvinnor/män (standard 6)
  -h, --help            den här texten

En ogiltig fil ger slutkod 1 och varje fel på standard error, i formen
"line N: column X: orsak". Inget skrivs då på standard output.

Rapportens JSON, fält för fält: docs/report-json.md. Hela kommandoraden:
docs/command-line.md (i Indikeras arkiv).
`;

export const instrumentHelp = `indikera instrument: enkätversioner som filer

Användning:
  pnpm --silent indikera instrument validate <fil.json>
  pnpm --silent indikera instrument add <fil.json> [--database <url>]
  pnpm --silent indikera instrument list [--database <url>]

  validate <fil.json>   kontrollerar filen som Indikera läser den (README: "The
                        instrument file") och skriver vad den innehåller; en ogiltig
                        fil ger slutkod 1 och varje fel på standard error, i formen
                        "fil: plats: orsak"
  add <fil.json>        kontrollerar filen och lägger till versionen i installationens
                        register, så att nya mätningar kan besvaras med den. Samma fil
                        igen ändrar inget; en annan fil med ett versions-id som redan
                        finns nekas (slutkod 1): en version ändras aldrig, den ersätts
                        av en fil med ett nytt versions-id
  list                  registrets versioner: version, namn, grupper, frågor, dagen
                        den lades till (inbyggd för 2021) och mätningar som använder den
  --database <url>      installationens databas (standard DATABASE_URL, annars
                        file:./data/indikera.sqlite)
  -h, --help            den här texten
`;

export const serveHelp = `indikera serve: starta Indikera

Användning:
  pnpm start            (samma sak)
  pnpm --silent indikera serve [--database <url>]

Uppdaterar databasen och lyssnar på PORT (standard 3000). Inställningar via miljön:
  PORT, DATABASE_URL (standard file:./data/indikera.sqlite), ORIGIN (den publika adressen,
  t.ex. https://indikera.forbundet.se; ger säkra kakor), SUPPRESSION_THRESHOLD (standard 6),
  HOST (adressen att lyssna på; standard alla, 127.0.0.1 bakom en proxy på samma dator).
`;

export const demoHelp = `indikera demo: starta med en ny demodatabas

Användning:
  pnpm demo
  pnpm --silent indikera demo [--database <url>] [--no-serve]

Skapar databasen på nytt (--database, annars DATABASE_URL, annars ${'file:./data/demo.sqlite'};
den gamla tas bort), fyller den med ett påhittat förbund, mätningarna 2020 och 2021 och
riksnitt, skriver ut inloggningar och en öppen länk per respondentgrupp och startar sedan
servern. --no-serve skapar bara databasen. Vägrar medan en annan process har databasen
öppen, medan en annan demo skapas i den, och om den har andra användare än demons.
`;

export const migrateHelp = `indikera migrate: uppdatera databasen

Användning:
  pnpm --silent indikera migrate [--database <url>]

Varje ändring körs i en egen transaktion; en som misslyckas lämnar inget efter sig.
`;

export const userHelp = `indikera user add: skapa en användare eller ge en roll

Användning:
  pnpm --silent indikera user add --email <adress> --name <namn> --forbund <förbund>
        --role admin|koordinator|lasare [--installation-admin] [--database <url>]

Lösenordet frågas efter (utan att visas), eller läses från första raden på standard input:
  echo "$LÖSENORD" | pnpm --silent indikera user add …
Finns förbundet inte skapas det. Finns e-postadressen får användaren rollen i förbundet.
--installation-admin: får även hantera förbund och riksnitt för hela installationen.
`;

export const importHelp = `indikera import: importera svar till en mätning

Användning:
  pnpm --silent indikera import <svar.csv|svar.xlsx> --round <id> [--dry-run]
        [--batch <etikett>] [--database <url>]

Allt eller inget: en fil med något fel lagrar ingenting, och varje fel skrivs ut som
"line N: column X: orsak". Samma fil två gånger lagras en gång. --dry-run kontrollerar bara.
`;

export const backupHelp = `indikera backup: säkerhetskopiera databasen

Användning:
  pnpm --silent indikera backup <fil> [--database <url>]

Använder SQLites online-backup: kopian är hel och konsekvent även medan servern tar emot svar.
På PostgreSQL vägrar kommandot: säkerhetskopiera där med pg_dump (se README).
`;

export const restoreHelp = `indikera restore: återställ databasen från en säkerhetskopia

Användning:
  pnpm --silent indikera restore <fil> [--database <url>]

Stoppa servern först: kommandot vägrar medan en annan process har databasen öppen.
Säkerhetskopian kontrolleras först (hel, från Indikera, inte från en nyare version).
Databasens -wal- och -shm-filer tas bort, så att inget gammalt kommer tillbaka, och en
kopia av den ersatta databasen sparas bredvid (<fil>.before-restore-<tid>).
På PostgreSQL vägrar kommandot: återställ där med pg_restore (se README).
`;
