/** PlacementStrategies and PlacementConstraints for an EC2 service (Fargate places tasks itself). */
import { CheckboxField, SelectField } from '../form/fields';
import { STRATEGY_CHOICES, type PlacementDraft, type StrategyChoice } from './placementDraft';

export function PlacementFields({ draft, onChange }: { readonly draft: PlacementDraft; readonly onChange: (draft: PlacementDraft) => void }) {
  const setStrategy = (index: number, choice: StrategyChoice) => onChange({ ...draft, strategies: draft.strategies.map((c, i) => (i === index ? choice : c)) });
  return (
    <fieldset className="edit-fieldset">
      <legend>Task placement (EC2)</legend>
      <div className="edit-row">
        {draft.strategies.map((choice, index) => (
          <SelectField
            key={index}
            label={index === 0 ? 'Placement strategy' : 'Then'}
            cfn={`PlacementStrategies[${index}]`}
            value={choice}
            onChange={(value) => setStrategy(index, value)}
            options={STRATEGY_CHOICES}
          />
        ))}
      </div>
      <p className="edit-hint">None at all means ECS's default: spread across Availability Zones, then instances.</p>
      <CheckboxField
        label="One task per instance (distinctInstance)"
        cfn="PlacementConstraints: distinctInstance"
        checked={draft.distinctInstance}
        onChange={(distinctInstance) => onChange({ ...draft, distinctInstance })}
      />
    </fieldset>
  );
}
