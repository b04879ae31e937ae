/**
 * @module
 * The `--help` texts, in Swedish like the rest of the product's interface.
 */

export const mainHelp = `indikera: NNS-indikatorer för samordningsförbund

Användning:
  pnpm --silent indikera <kommando> [flaggor]

Kommandon:
  report <svar.csv>   Indikatorrapport från en svarsfil (CSV), utan databas och server

Skriv "indikera <kommando> --help" för kommandots flaggor.
`;

export const reportHelp = `indikera report: indikatorrapport från en svarsfil

Användning:
  pnpm --silent indikera report <svar.csv> [--riksnitt <riksnitt.csv>] [--year <åååå>]
        [--previous <svar.csv>] [--format json|csv|md]

  <svar.csv>            svar i formatet från docs (en rad per enkät, grupp, kon, insats,
                        datum och en kolumn per fråga: DP1 … S5); komma eller semikolon
  --riksnitt <fil>      riksnitt per år och fråga: year,question,all,kvinna,man
  --year <åååå>         mätningens år; väljer riksnittets år
  --previous <fil>      föregående års svar, för jämförelsen med förra året
  --format <format>     json (standard): rapporten som JSON
                        csv: en rad per fråga, för Excel
                        md: en läsbar rapport på svenska (Markdown)
  --threshold <n>       minsta antal svar för att visa kvinnor/män (standard 6)
  -h, --help            den här texten

En ogiltig fil ger slutkod 1 och varje fel på standard error, i formen
"line N: column X: orsak". Inget skrivs då på standard output.
`;
