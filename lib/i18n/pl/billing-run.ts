// Texts of the daily billing run as staff see them: the steps it takes (BillingStep.step) and
// its summary on the demo clock's page.
export const billingRun = {
  steps: {
    link: 'Link do płatności wysłany',
    reminder: 'Przypomnienie o płatności',
    card: 'Obciążenie zapisanej karty',
    suspend: 'Zawieszenie',
    demand: 'Wezwanie do zapłaty',
    notice: 'Wypowiedzenie',
    terminate: 'Rozwiązanie za brak płatności',
    void: 'Unieważnienie (brak pierwszej płatności)',
    'run-out': 'Koniec okresu wypowiedzenia',
    'continuation-drop': 'Utrata rabatu Akcji Kontynuacja',
  } as Record<string, string>,
  summaryLine: (label: string, n: number) => `${label}: ${n}`,
  summaryNone: 'Żadna umowa nie wymagała dziś działania.',
  summaryTitle: 'Kroki przebiegu rozliczeń',
};
