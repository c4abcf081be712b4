/** The default glossary shipped with the extension (`glossary/default.json`). */
import data from '../../glossary/default.json';
import type { Glossary } from './types';

const { $schema: _schema, ...glossary } = data as typeof data & { $schema?: string };

export const DEFAULT_GLOSSARY = glossary as Glossary;
