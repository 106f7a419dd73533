// Percentages as each language writes them: Polish typography puts a space before the sign
// ("87,5 %"), which CLDR's Polish pattern lacks; English and Ukrainian follow Intl ("87.5%", "87,5%").
import { intlTag, perLocale } from './intl-tag';

const percentFmt = perLocale((tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }));

/** 87.5 → "87,5 %" (Polish), "87.5%" (English), "87,5%" (Ukrainian); one decimal at most. */
export function formatPercent(percent: number, locale?: string): string {
  const text = percentFmt(locale).format(Math.round(percent * 10) / 1000);
  return intlTag(locale) === 'pl-PL' ? text.replace(/\s*%$/, ' %') : text;
}
