using System.Linq.Expressions;
using ActionTracker.Web.Data.Entities;

namespace ActionTracker.Web.Features.Dashboard;

/// <summary>
/// Numbers the range a value falls in, as one SQL CASE expression, so that a histogram (months, ageing) is a single
/// GROUP BY in the database rather than a query per bar or rows brought into memory.
/// </summary>
public static class Buckets
{
    /// <summary>0 below <paramref name="starts"/>[0], 1 below starts[1], …, starts.Count from the last start on.</summary>
    public static Expression<Func<ActionItem, int>> Index<T>(Expression<Func<ActionItem, T>> value, IReadOnlyList<T> starts)
    {
        Expression body = Expression.Constant(starts.Count);
        for (var i = starts.Count - 1; i >= 0; i--)
        {
            body = Expression.Condition(Expression.LessThan(value.Body, Expression.Constant(starts[i], typeof(T))), Expression.Constant(i), body);
        }

        return Expression.Lambda<Func<ActionItem, int>>(body, value.Parameters);
    }
}
