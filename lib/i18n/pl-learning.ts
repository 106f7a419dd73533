// Texts of the learning area (course player, tests, certificates). Part of the Polish catalogue.
export const learning = {
  myCourses: 'Moje kursy',
} as const;
