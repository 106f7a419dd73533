// The sample seller printed when PLANETA_SELLER_* are not set (development, demos, tests): demo
// data, not UI text.
export const SAMPLE_SELLER_NAME = 'Planeta sp. z o.o.';
export const SAMPLE_SELLER_ADDRESS = 'ul. Przykładowa 1, 00-001 Warszawa';
