'use client';
// The top bar's links behind a menu button at phone width (always shown from md up): the button
// says whether the menu is open (aria-expanded), Escape closes it and gives focus back.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function HeaderMenu({
  label,
  button: buttonText,
  children,
}: {
  label: string;
  button: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="btn-secondary md:hidden"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20" className="inline-block">
          {open ? (
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
        <span className="ml-2">{buttonText}</span>
      </button>
      <nav
        id={id}
        aria-label={label}
        // A followed link closes the menu (the header stays mounted across client navigations).
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('a')) setOpen(false);
        }}
        className={`${open ? 'flex' : 'hidden'} w-full flex-col items-start gap-3 border-t border-slate-200 pt-3 text-sm font-medium md:flex md:w-auto md:flex-row md:flex-wrap md:items-center md:gap-x-5 md:gap-y-2 md:border-0 md:pt-0`}
      >
        {children}
      </nav>
    </>
  );
}
