// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LEGEND_ORDER, term } from '../../../src/lens/vocabulary';
import { Legend } from '../../../src/ui/panels/Legend';

describe('Legend', () => {
  it('maps every AWS term to its orchestra term, in the order a request meets them', () => {
    render(<Legend />);
    const table = screen.getByRole('table', { name: /AWS and orchestra terms/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(LEGEND_ORDER.length);
    LEGEND_ORDER.forEach((concept, index) => {
      expect(rows[index]).toHaveTextContent(term('aws', concept).one);
      expect(rows[index]).toHaveTextContent(term('orchestra', concept).one);
    });
    expect(screen.getByText(/only reports; the conductor/)).toBeInTheDocument();
  });

  it('keys every state by a shape and a word', () => {
    render(<Legend />);
    const key = screen.getByRole('table', { name: 'States: shape and word' });
    for (const word of ['PENDING', 'ACTIVATING', 'initial', 'RUNNING', 'healthy', 'unhealthy', 'draining', 'STOPPED', 'unused']) {
      expect(within(key).getByText(word)).toHaveAttribute('data-state', word);
    }
    expect(key).toHaveTextContent('in tune');
    expect(key).toHaveTextContent('Tilted square');
  });
});
