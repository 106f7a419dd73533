// The student form's fields as the planner's services take them (shared by add and edit).
import { z } from 'zod';

export const studentFields = z.object({
  schoolId: z.string().min(1),
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  className: z.string().default(''),
  formula: z.string().default('2023'),
  vocationalExemption: z.literal('on').optional(),
  lateStart: z.literal('on').optional(),
  resit: z.literal('on').optional(),
});

export const studentInput = (f: z.output<typeof studentFields>) => ({
  firstName: f.firstName,
  lastName: f.lastName,
  className: f.className,
  formula: f.formula,
  vocationalExemption: f.vocationalExemption === 'on' ? 'tak' : '',
  lateStart: f.lateStart === 'on',
  resit: f.resit === 'on',
});
