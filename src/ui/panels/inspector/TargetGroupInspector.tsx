import { inspectorWords } from '../../../lens/inspectorWords';
import { useSim } from '../../../store';
import { formatCount } from '../../format';
import { StateBadge } from '../../StateBadge';
import { TargetGroupEditors } from '../../editors/elb/TargetGroupEditors';
import { PropertyList } from '../PropertyList';
import { SelectButton } from '../SelectButton';
import { useNarrationContext } from '../useNarrationContext';
import { nodeLabel } from './labels';
import { findTargetGroup } from './selectors';
import { targetGroupView } from '../../views/targetGroupView';

export function TargetGroupInspector({ id }: { readonly id: string }) {
  const group = useSim((state) => findTargetGroup(state.snapshot, id));
  const requests = useSim((state) => state.counters.byTargetGroup[id] ?? 0);
  const lens = useSim((state) => state.lens);
  const spec = useSim((state) => state.world);
  const ctx = useNarrationContext();
  const heading = nodeLabel(lens, { kind: 'targetGroup', id }, spec, ctx);
  const tg = spec.targetGroups.find((candidate) => candidate.id === id);
  if (!group || !tg) {
    return (
      <article className="inspect" aria-label={heading}>
        <h3>{heading}</h3>
        <p className="muted">No such target group in this scenario.</p>
      </article>
    );
  }
  const hc = tg.healthCheck;
  const words = inspectorWords(lens);
  const view = targetGroupView(group, lens);
  return (
    <article className="inspect" aria-label={heading} data-target-group-id={id}>
      <div className="inspect-head">
        <h3>{heading}</h3>
      </div>
      <dl className="figures">
        <div>
          <dt>HealthyHostCount</dt>
          <dd>{view.healthy}</dd>
        </div>
        <div>
          <dt>UnHealthyHostCount</dt>
          <dd>{view.unhealthy}</dd>
        </div>
        <div>
          <dt>RequestCount (total)</dt>
          <dd>{formatCount(requests)}</dd>
        </div>
      </dl>
      <p className="hint">
        {words.healthThresholds(hc)}{' '}
        Its CloudWatch charts are under Metrics.
      </p>
      <h4>{words.registeredTargetsHeading}</h4>
      {view.targets.length === 0 ? (
        <p className="muted">No targets registered.</p>
      ) : (
        <ul className="node-list">
          {view.targets.map((target) => (
            <li key={target.key} data-target-state={target.state}>
              <SelectButton kind="task" id={target.taskId}>
                {target.taskId}
              </SelectButton>{' '}
              <span className="mono">{target.address}</span>{' '}
              <StateBadge state={target.state} label={target.stateLabel} />
              {target.reason ? (
                <span className="sub">
                  <span className="mono">{target.reason}</span> {target.description}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <TargetGroupEditors targetGroup={tg} />
      <h4>Configuration</h4>
      <PropertyList
        title="AWS::ElasticLoadBalancingV2::TargetGroup"
        rows={[
          ['Name', tg.name],
          ['Protocol', tg.protocol],
          ['Port', String(tg.port)],
          ['TargetType', tg.targetType],
          ['HealthCheckProtocol', hc.protocol],
          ['HealthCheckPath', <span className="mono">{hc.path}</span>],
          ['HealthCheckPort', String(hc.port)],
          ['HealthCheckIntervalSeconds', String(hc.intervalSeconds)],
          ['HealthCheckTimeoutSeconds', String(hc.timeoutSeconds)],
          ['HealthyThresholdCount', String(hc.healthyThreshold)],
          ['UnhealthyThresholdCount', String(hc.unhealthyThreshold)],
          ['Matcher.HttpCode', <span className="mono">{hc.matcher}</span>],
          ['deregistration_delay.timeout_seconds', String(tg.deregistrationDelaySeconds)],
          ['load_balancing.algorithm.type', tg.algorithm],
          ['TargetGroupArn', <span className="mono">{tg.arn}</span>],
        ]}
      />
    </article>
  );
}
