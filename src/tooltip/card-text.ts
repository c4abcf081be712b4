/**
 * The card's own words (type, "Also:", "Sources", "as of …", "Close", the note on a slip) in the
 * page's language. `browser.i18n` speaks only the browser's language, so on a German page read in an English
 * browser the card was half German (name, description) and half English (its labels). These few
 * messages are taken from both locales at build time — named imports, so only they are bundled.
 */
import type { DescriptionLanguage } from '../glossary/types';
import {
  tooltipAlsoKnownAs as deAlso,
  tooltipAsOf as deAsOf,
  tooltipClose as deClose,
  tooltipSlip as deSlip,
  tooltipSources as deSources,
  typeAgreement as deAgreement,
  typeEvent as deEvent,
  typeMedia as deMedia,
  typeOrganisation as deOrganisation,
  typeOther as deOther,
  typePerson as dePerson,
  typePlace as dePlace,
  typeWeapon as deWeapon,
} from '../../assets/public/_locales/de/messages.json';
import {
  tooltipAlsoKnownAs as enAlso,
  tooltipAsOf as enAsOf,
  tooltipClose as enClose,
  tooltipSlip as enSlip,
  tooltipSources as enSources,
  typeAgreement as enAgreement,
  typeEvent as enEvent,
  typeMedia as enMedia,
  typeOrganisation as enOrganisation,
  typeOther as enOther,
  typePerson as enPerson,
  typePlace as enPlace,
  typeWeapon as enWeapon,
} from '../../assets/public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES: Record<DescriptionLanguage, Record<string, Message>> = {
  de: {
    tooltipAlsoKnownAs: deAlso,
    tooltipAsOf: deAsOf,
    tooltipClose: deClose,
    tooltipSlip: deSlip,
    tooltipSources: deSources,
    typeAgreement: deAgreement,
    typeEvent: deEvent,
    typeMedia: deMedia,
    typeOrganisation: deOrganisation,
    typeOther: deOther,
    typePerson: dePerson,
    typePlace: dePlace,
    typeWeapon: deWeapon,
  },
  en: {
    tooltipAlsoKnownAs: enAlso,
    tooltipAsOf: enAsOf,
    tooltipClose: enClose,
    tooltipSlip: enSlip,
    tooltipSources: enSources,
    typeAgreement: enAgreement,
    typeEvent: enEvent,
    typeMedia: enMedia,
    typeOrganisation: enOrganisation,
    typeOther: enOther,
    typePerson: enPerson,
    typePlace: enPlace,
    typeWeapon: enWeapon,
  },
};

/**
 * The card message `key` in `language`, with `$1`, `$2` … filled as `browser.i18n.getMessage`
 * would (named placeholders resolve to their `$n` content); the key itself if there is none.
 */
export function cardText(language: DescriptionLanguage, key: string, substitutions: string[] = []): string {
  const entry = MESSAGES[language][key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z_]\w*)\$/g, (whole, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}
