import { createContext } from 'react';

/**
 * A count the shell bumps when a node is picked on the stage: the inspector then moves focus to its heading, so the
 * keyboard lands where the answer is (Escape in the dock goes back to the node). Picks from a list keep focus where
 * they are, so a learner can go down the list.
 */
export const InspectorFocusContext = createContext(0);
