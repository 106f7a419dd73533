'use client';
// The one button that starts (or resumes) the visitor's placement test.
import { ActionForm } from '@/components/forms/action-form';
import { startPlacementTest } from '@/lib/actions/language/placement-start';

export function PlacementStartForm({ label }: { label: string }) {
  return <ActionForm action={startPlacementTest} submit={label} buttonClass="btn-primary w-full sm:w-auto" />;
}
