'use client';
import { signOut } from 'next-auth/react';

export function LogoutButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-secondary" onClick={() => signOut({ callbackUrl: '/logowanie?wylogowano=1' })}>
      {label}
    </button>
  );
}
