// Texts for whoever runs the server: configuration errors and the local database's notices.
// Part of the Polish catalogue.
export const ops = {
  notSet: (name: string) => `${name} nie jest ustawione`,
  databaseUrl: 'musi zaczynać się od postgresql://',
  authSecret: 'musi mieć co najmniej 32 znaki',
  badConfig: (lines: string) => `Błędna konfiguracja (zob. .env.example):\n${lines}`,
  testClockInProduction: 'Błędna konfiguracja: TEST_CLOCK=1 jest dozwolone tylko w testach.',
  clockFixed: 'Zegar można przestawiać tylko z TEST_CLOCK=1',
  payuPosId: 'musi być liczbą',
  payuSandboxKeys: 'produkcyjny PayU wymaga własnych kluczy POS, nie kluczy sandboxa',
  sellerNip: 'nieprawidłowy NIP (suma kontrolna)',
  ksefNip: 'NIP kontekstu KSeF to 10 cyfr z poprawną sumą kontrolną',
  ksefSimulatorToken: 'prawdziwy KSeF wymaga własnego tokena KSeF (KSEF_TOKEN), nie tokena lokalnego symulatora',
  ksefOfflinePair: 'KSEF_OFFLINE_CERT_SERIAL i KSEF_OFFLINE_KEY ustawia się razem (albo żadnej z nich)',
  ksefOfflineKey: 'klucz prywatny certyfikatu offline w formacie PEM (-----BEGIN PRIVATE KEY-----…)',
  ksefOfflineSerial: 'numer seryjny certyfikatu KSeF to cyfry szesnastkowe',
  bbbSimulatorSecret:
    'serwer BigBlueButton wymaga własnego sekretu (BBB_SECRET z `bbb-conf --secret`), nie sekretu lokalnego symulatora',
  s3Pair: 'S3_URL i S3_BUCKET ustawia się razem (albo żadnej z nich: pliki zostają w PostgreSQL)',
  storageMigrate: {
    noS3: 'Ustaw S3_URL i S3_BUCKET: nie ma dokąd przenieść plików.',
    moved: (moved: number) => `▸ Przeniesiono do S3 plików: ${moved}.`,
  },
  trustProxy: 'none, liczba zaufanych pośredników (1–20) albo lista zakresów CIDR IPv4/IPv6 oddzielonych przecinkami',
  sellerKrs: 'numer KRS to 10 cyfr',
  sellerShareCapital: 'kapitał zakładowy w złotych, np. 5000 albo 5 000,00 zł (albo „-”, aby go nie podawać)',
  badSeller: (issues: string) => `Błędne dane sprzedawcy: ${issues}`,
  searchPermission: (dir: string) =>
    `▸ ${dir}: dodano prawo przejścia (o+x), aby PostgreSQL działający jako użytkownik postgres dotarł do swoich plików.`,
  portTaken: (port: number) =>
    `Port ${port} jest zajęty — czy inna kopia Planety już działa? Zatrzymaj ją albo ustaw EMBEDDED_PG_PORT.`,
  instances: {
    refused: (lines: string) =>
      `Instancja WWW nie wystartuje — wszystkie instancje jednego wdrożenia muszą mieć te same wartości (docs/deploy.md):\n${lines}`,
    actionsKey: 'klucz akcji serwera: base64 z 16, 24 albo 32 bajtów (openssl rand -base64 32)',
    actionsKeyNotBuilt:
      'build powstał bez tego klucza akcji serwera — zbuduj aplikację z tym samym kluczem, którego używają instancje',
    buildIdMismatch: (expected: string, built: string) =>
      `BUILD_ID to „${expected}”, a zbudowana aplikacja ma „${built}” — uruchom wszystkie instancje z jednego buildu`,
    noBuild: 'brak buildu (.next) — najpierw `npm run build`',
    noStandalone: 'brak serwera standalone (.next/standalone/server.js) — najpierw `npm run build`',
    webReady: (port: string) => `▸ Instancja WWW (bez zadań w tle) na porcie ${port}.`,
    workerReady: (queues: number) => `▸ Proces zadań w tle: ${queues} kolejek, bez HTTP.`,
    workerStopping: '▸ Zatrzymuję proces zadań (kończę rozpoczęte zadania)…',
  },
  startup: {
    /** `npm start`'s last line: seconds from the process's start to answering /api/health. */
    serving: (seconds: string, buildSeconds: string | null) =>
      `▸ Planeta odpowiada po ${seconds} s od uruchomienia${buildSeconds ? ` (w tym budowanie: ${buildSeconds} s)` : ''}.`,
    notServing: (seconds: string) => `Serwer nie odpowiedział na /api/health w ciągu ${seconds} s.`,
  },
} as const;
