// Texts of the daily billing run as staff see them: the steps it takes (BillingStep.step, the
// ContractEvent kinds it writes) and its summary on the demo clock's page.
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
  events: {
    'link-sent': 'Wysłano link do płatności',
    'reminder-sent': 'Wysłano przypomnienie o płatności',
    'card-charge-requested': 'Zlecono obciążenie karty',
    suspended: 'Umowa zawieszona za brak płatności',
    'demand-sent': 'Wysłano wezwanie do zapłaty',
    'notice-sent': 'Wysłano wypowiedzenie umowy',
    terminated: 'Umowa rozwiązana za brak płatności',
    voided: 'Umowa unieważniona: brak pierwszej płatności w terminie',
    'ran-out': 'Umowa zakończona po okresie wypowiedzenia',
  } as Record<string, string>,
  summaryDay: (day: string) => `Przebieg rozliczeń za ${day}`,
  summaryLine: (label: string, n: number) => `${label}: ${n}`,
};
