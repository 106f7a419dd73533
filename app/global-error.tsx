'use client';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="pl">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
        <h1>Wystąpił błąd</h1>
        <p>Przepraszamy — coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.</p>
        {error.digest && <p style={{ fontSize: 12 }}>Kod zgłoszenia: {error.digest}</p>}
        <a href="/">Wróć na stronę główną</a>
      </body>
    </html>
  );
}
