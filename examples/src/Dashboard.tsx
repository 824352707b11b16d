import { useEffect, useState } from 'react';

interface Metric {
  name: string;
  value: number;
  change: number;
}

export function Dashboard({ teamId }: { teamId: string }) {
  const [metrics, setMetrics] = useState<Metric[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setLoading(true);
    fetch(`/api/teams/${teamId}/metrics`)
      .then((response) => {
        if (!response.ok) {
          throw new Error(`Request failed: ${response.status}`);
        }
        return response.json();
      })
      .then((data: Metric[]) => {
        setMetrics(data);
        setLoading(false);
      })
      .catch((err: Error) => {
        setError(err.message);
        setLoading(false);
      });
  }, [teamId]);

  if (loading) {
    return <p>Loading...</p>;
  }
  if (error) {
    return <p className="error">{error}</p>;
  }
  return (
    <section>
      <h2>Team metrics</h2>
      <ul>
        {metrics.map((metric) => (
          <li key={metric.name}>
            <span>{metric.name}</span>
            <strong>{metric.value}</strong>
            <em className={metric.change >= 0 ? 'up' : 'down'}>{metric.change}%</em>
          </li>
        ))}
      </ul>
    </section>
  );
}
