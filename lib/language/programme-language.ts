// The language the language school's programme texts are written in (its title, levels, lessons and
// tests): the school teaches Polish in Polish, so pages in another language mark them `lang` as
// content. No imports: the sign-up form (a client component) reads it too.
export const PROGRAMME_LANGUAGE = 'pl';
