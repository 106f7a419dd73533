// Texts of the e-mails of the contact form, complaints, privacy requests and the staff invitation
// (emails/contact.tsx, complaint.tsx, privacy-request.tsx, staff-invitation.tsx). Part of the
// Polish catalogue.
export const emailsSupport = {
  topic: (topic: string) => `Temat: ${topic}`,
  contact: {
    staffSubject: (topic: string, name: string) => `Formularz kontaktowy: ${topic} — ${name}`,
    staffLead: 'Nowa wiadomość z formularza kontaktowego od',
    signedIn: ', zalogowanego użytkownika',
    staffText: (name: string, email: string, signedIn: boolean) =>
      `Wiadomość z formularza kontaktowego od ${name} (${email})${signedIn ? ', zalogowany' : ''}.`,
    replyTo: (email: string) => `Odpowiedz na adres ${email}.`,
    confirmationSubject: 'Otrzymaliśmy Twoją wiadomość — Planeta',
    thanks: 'dziękujemy za wiadomość. Odpowiemy na ten adres e-mail, zwykle w ciągu dwóch dni roboczych.',
  },
  complaint: {
    staffSubject: (number: string, lastDay: string) => `Nowa reklamacja ${number} — odpowiedź do ${lastDay}`,
    staffFiled: (name: string, email: string, number: string, order: string | null, receivedAt: string) =>
      `${name} (${email}) złożył(a) reklamację ${number}${order ? ` dotyczącą zamówienia ${order}` : ''} — otrzymana ${receivedAt}.`,
    staffDue: (lastDay: string) => `Termin odpowiedzi: ${lastDay}.`,
    staffDeemed:
      'Bez odpowiedzi w terminie reklamację konsumenta uważa się za uznaną (art. 7a ustawy o prawach konsumenta).',
    staffText: (number: string, name: string, email: string, order: string | null, receivedAt: string) =>
      `Reklamacja ${number} od ${name} (${email})${order ? `, zamówienie ${order}` : ''}, otrzymana ${receivedAt}.`,
    description: 'Opis:',
    demand: 'Żądanie:',
    answerInPanel: 'Odpowiedz w panelu',
    confirmationSubject: (number: string) => `Przyjęliśmy reklamację ${number}`,
    confirmation: (number: string, order: string | null, receivedAt: string, lastDay: string) =>
      `potwierdzamy otrzymanie reklamacji ${number}${order ? ` dotyczącej zamówienia ${order}` : ''} w dniu ${receivedAt}. Odpowiemy e-mailem najpóźniej do ${lastDay} (14 dni od otrzymania). Jeśli nie odpowiemy w tym terminie, reklamację uważa się za uznaną.`,
    confirmationText: (number: string, order: string | null, receivedAt: string, lastDay: string) =>
      `potwierdzamy otrzymanie reklamacji ${number}${order ? ` dotyczącej zamówienia ${order}` : ''} w dniu ${receivedAt}.\n` +
      `Odpowiemy najpóźniej do ${lastDay} (14 dni od otrzymania); bez odpowiedzi w terminie reklamację uważa się za uznaną.`,
    content: 'Treść reklamacji:',
    yourDemand: 'Twoje żądanie:',
    answerSubject: (number: string) => `Odpowiedź na reklamację ${number}`,
    answerLead: (number: string, order: string | null) =>
      `oto nasza odpowiedź na reklamację ${number}${order ? ` dotyczącą zamówienia ${order}` : ''}:`,
    disagree:
      'Jeśli nie zgadzasz się z odpowiedzią, możesz skorzystać z pomocy miejskiego lub powiatowego rzecznika konsumentów albo wojewódzkiego inspektoratu Inspekcji Handlowej (szczegóły w § 12 regulaminu).',
    disagreeText:
      'Jeśli nie zgadzasz się z odpowiedzią, możesz skorzystać z pomocy rzecznika konsumentów lub Inspekcji Handlowej (§ 12 regulaminu).',
  },
  privacy: {
    receivedSubject: (number: string) => `Otrzymaliśmy Twój wniosek ${number} — Planeta`,
    received: (receivedAt: string, kind: string, number: string, lastDay: string) =>
      `${receivedAt} otrzymaliśmy Twój wniosek (${kind}) o numerze ${number}. Odpowiemy najpóźniej ${lastDay} (art. 12 ust. 3 RODO), na ten adres e-mail.`,
    staffSubject: (number: string, kind: string, lastDay: string) =>
      `Wniosek RODO ${number}: ${kind} — termin ${lastDay}`,
    staff: (name: string, kind: string, receivedAt: string, lastDay: string) =>
      `Nowy wniosek od ${name} (${kind}), otrzymany ${receivedAt}. Termin odpowiedzi: ${lastDay}.`,
    open: 'Otwórz wniosek',
    decidedSubject: (number: string) => `Odpowiedź na wniosek ${number} — Planeta`,
    refused: (number: string, kind: string) => `nie możemy spełnić Twojego wniosku ${number} (${kind}). Uzasadnienie:`,
    resolved: (number: string, kind: string) => `Twój wniosek ${number} (${kind}) został rozpatrzony. Nasza odpowiedź:`,
    complain:
      'Jeśli nie zgadzasz się z odpowiedzią, możesz wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa, uodo.gov.pl).',
    complainText:
      'Jeśli nie zgadzasz się z odpowiedzią, możesz wnieść skargę do Prezesa UODO (ul. Stawki 2, 00-193 Warszawa, uodo.gov.pl).',
  },
  staffInvitation: {
    subject: 'Zaproszenie do zespołu Planety',
    added: (role: string) => `administrator Planety dodał Cię do zespołu z rolą: ${role}.`,
    setPassword: (validUntil: string) => `Ustaw swoje hasło — link działa raz, do ${validUntil}.`,
    setPasswordText: (validUntil: string) => `Ustaw swoje hasło (link działa raz, do ${validUntil}):`,
    button: 'Ustaw hasło',
    existing: 'Zaloguj się swoim dotychczasowym hasłem — panel zespołu jest pod adresem /panel.',
  },
};
