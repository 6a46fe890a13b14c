import * as React from 'react';
import { Dropdown, Link, mergeStyleSets, Stack, Text, useTheme } from '@fluentui/react';
import { format, type Strings } from '../../loc/strings';
import type { ResourceItem } from '../../services/bank/IBankService';
import { Badge } from '../common/Badge';

export interface ResourcesViewProps {
  strings: Strings;
  resources: ResourceItem[];
  /** Absolute origin + path prefix to make download links from server-relative URLs. */
  siteOrigin: string;
}

/** Posters, the flowchart and guidance as cards, filtered by audience, with print notes and a download link. */
export function ResourcesView({ strings, resources, siteOrigin }: ResourcesViewProps): JSX.Element {
  const theme = useTheme();
  const t = strings.bank.resourcesView;
  const [audience, setAudience] = React.useState<string>('');
  const audiences = [...new Set(resources.map(r => r.audience).filter(Boolean))].sort();
  const shown = resources.filter(r => !audience || r.audience === audience);
  const classes = mergeStyleSets({
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12 },
    card: { padding: 12, border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, background: theme.semanticColors.bodyBackground }
  });
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Dropdown label={t.audience} selectedKey={audience} styles={{ root: { maxWidth: 320 } }}
        options={[{ key: '', text: t.everyone }, ...audiences.map(a => ({ key: a, text: a }))]} onChange={(_e, o) => setAudience(String(o?.key ?? ''))} />
      <div className={classes.grid}>
        {shown.map(resource => (
          <article key={resource.key} className={classes.card} aria-label={resource.title}>
            <Stack tokens={{ childrenGap: 6 }}>
              <Stack horizontal tokens={{ childrenGap: 6 }}><Badge tone="info" text={strings.bank.resourceKinds[resource.kind]} /></Stack>
              <Text variant="mediumPlus" as="h3">{resource.title}</Text>
              <Text variant="small">{format(t.for, resource.audience)}</Text>
              {resource.description && <Text>{resource.description}</Text>}
              {resource.printNotes && <Text variant="small">{format(t.printing, resource.printNotes)}</Text>}
              <Link href={`${siteOrigin}${encodeURI(resource.url)}`} target="_blank" download={resource.fileName}>{format(t.download, resource.fileName)}</Link>
            </Stack>
          </article>
        ))}
      </div>
      {shown.length === 0 && <Text>{strings.bank.noMatches}</Text>}
    </Stack>
  );
}
