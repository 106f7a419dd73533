// A school's OKE code (A1, seed §1.4): 12 characters `TTTTTT-NNTSS` — the gmina's TERYT code, the
// school's number in the gmina, its type, and two check characters computed "in an unknown way"
// (zpd.ibe.edu.pl "id_szkoly_oke"). So only the format is checked, never the check characters, and
// the commission is a suggestion from the voivodeship digits that the school may change.
import type { MessageCode } from '@/lib/i18n';
import { commissionOf, isVoivodeshipCode, type CommissionCode, type VoivodeshipCode } from '@/lib/matura/data/oke';

export const OKE_CODE_LENGTH = 12;

/**
 * School types that do not conduct the matura (S primary, G lower secondary): a code with one of
 * them is a real code of the wrong school (A1: the buyer conducts the matura). Every other type
 * character is accepted — the published list (1 LO, 2 profiled LO, 3 technikum, 6, 7) is incomplete.
 */
export const NON_MATURA_TYPES = ['S', 'G'] as const;

export type OkeCode = {
  /** The code as stored: trimmed, upper case. */
  code: string;
  teryt: string;
  voivodeship: VoivodeshipCode;
  schoolType: string;
  /** The commission the voivodeship suggests (the school can pick another). */
  suggestedCommission: CommissionCode;
};

export type OkeCodeCheck = { ok: true; value: OkeCode } | { ok: false; reason: MessageCode; reasons: MessageCode[] };

const refuse = (reasons: MessageCode[]): OkeCodeCheck => ({ ok: false, reason: reasons[0], reasons });

/** What is wrong with a typed OKE code, every part at once, or the code with its suggested commission. */
export function checkOkeCode(input: string): OkeCodeCheck {
  const code = input.trim().toUpperCase();
  if (code === '') return refuse(['matura.okeCode.empty']);
  if (code.length !== OKE_CODE_LENGTH) {
    return refuse([{ code: 'matura.okeCode.length', params: [code.length] }]);
  }
  const teryt = code.slice(0, 6);
  const reasons: MessageCode[] = [];
  if (!/^\d{6}$/.test(teryt)) reasons.push('matura.okeCode.teryt');
  else if (!isVoivodeshipCode(teryt.slice(0, 2))) reasons.push('matura.okeCode.voivodeship');
  if (code[6] !== '-') reasons.push('matura.okeCode.dash');
  if (!/^\d{2}$/.test(code.slice(7, 9))) reasons.push('matura.okeCode.number');
  const schoolType = code[9];
  if (!/^[0-9A-Z]$/.test(schoolType)) reasons.push('matura.okeCode.schoolType');
  else if ((NON_MATURA_TYPES as readonly string[]).includes(schoolType)) reasons.push('matura.okeCode.noMatura');
  if (!/^[0-9A-Z]{2}$/.test(code.slice(10, 12))) reasons.push('matura.okeCode.checkCharacters');
  if (reasons.length > 0) return refuse(reasons);
  const voivodeship = teryt.slice(0, 2) as VoivodeshipCode;
  return {
    ok: true,
    value: { code, teryt, voivodeship, schoolType, suggestedCommission: commissionOf(voivodeship).code },
  };
}

/** The commission suggested for what has been typed so far (the order form pre-fills it), or null. */
export function suggestCommission(input: string): CommissionCode | null {
  const prefix = input.trim().slice(0, 2);
  return isVoivodeshipCode(prefix) ? commissionOf(prefix).code : null;
}
