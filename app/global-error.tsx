'use client';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="pl">
      <body style={{ fontFamily: 'system-ui, sans-serif', padding: '4rem 1rem', textAlign: 'center' }}>
        <h1>Wystąpił błąd</h1>
        <p>Przepraszamy — coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.</p>
        {error.digest && <p style={{ fontSize: 12 }}>Kod zgłoszenia: {error.digest}</p>}
        {/* A full reload on purpose: the app's own router is what failed. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/">Wróć na stronę główną</a>
      </body>
    </html>
  );
}
