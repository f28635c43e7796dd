package dev.talksbot.eval.train;

/**
 * L2-regularised binary logistic regression solved exactly by Newton's method (iteratively
 * reweighted least squares) with step halving: minimises {@code mean log loss + λ/2 ‖w‖²} over
 * already standardised features; the bias is not penalised. Meant for tens of features (the Hessian
 * is dense, solved by Cholesky).
 */
final class L2Newton {

  /** Newton steps at most; the loss is strictly convex, so 10–20 usually suffice. */
  private static final int MAX_STEPS = 100;

  /** Stop when no coordinate moves more than this. */
  private static final double TOLERANCE = 1e-10;

  /** Step halvings at most before a step is taken as it is. */
  private static final int MAX_HALVINGS = 30;

  /** Added to the bias's diagonal so the Hessian stays positive definite. */
  private static final double BIAS_RIDGE = 1e-12;

  private L2Newton() {}

  /** Weights then bias (last element), for standardised rows {@code z} and labels {@code y}. */
  static double[] fit(double[][] z, int[] y, double lambda) {
    int n = z.length;
    int d = z[0].length;
    double[] beta = new double[d + 1];
    double loss = loss(z, y, beta, lambda);
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] grad = new double[d + 1];
      double[][] h = new double[d + 1][d + 1];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(z[i], beta));
        double r = (p - y[i]) / n;
        double s = p * (1 - p) / n;
        for (int a = 0; a <= d; a++) {
          double xa = a < d ? z[i][a] : 1.0;
          grad[a] += r * xa;
          for (int b = 0; b <= a; b++) {
            h[a][b] += s * xa * (b < d ? z[i][b] : 1.0);
          }
        }
      }
      for (int a = 0; a <= d; a++) {
        for (int b = 0; b < a; b++) {
          h[b][a] = h[a][b];
        }
        if (a < d) {
          grad[a] += lambda * beta[a];
          h[a][a] += lambda;
        } else {
          h[a][a] += BIAS_RIDGE;
        }
      }
      double[] delta = solve(h, grad);
      double t = 1.0;
      double[] next = new double[d + 1];
      double nextLoss = Double.POSITIVE_INFINITY;
      for (int halving = 0; halving <= MAX_HALVINGS; halving++) {
        for (int a = 0; a <= d; a++) {
          next[a] = beta[a] - t * delta[a];
        }
        nextLoss = loss(z, y, next, lambda);
        if (nextLoss <= loss) {
          break;
        }
        t /= 2;
      }
      double moved = 0;
      for (int a = 0; a <= d; a++) {
        moved = Math.max(moved, Math.abs(next[a] - beta[a]));
      }
      beta = next;
      loss = Math.min(loss, nextLoss);
      if (moved < TOLERANCE) {
        break;
      }
    }
    return beta;
  }

  static double loss(double[][] z, int[] y, double[] beta, double lambda) {
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      double s = dot(z[i], beta);
      // log(1 + e^s) − y·s, computed without overflow
      sum += (s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s))) - y[i] * s;
    }
    double penalty = 0;
    for (int a = 0; a < beta.length - 1; a++) {
      penalty += beta[a] * beta[a];
    }
    return sum / z.length + lambda / 2 * penalty;
  }

  private static double dot(double[] x, double[] beta) {
    double s = beta[x.length];
    for (int j = 0; j < x.length; j++) {
      s += x[j] * beta[j];
    }
    return s;
  }

  private static double sigmoid(double s) {
    return s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s));
  }

  /** Solves {@code h x = g} for symmetric positive definite {@code h} (Cholesky). */
  private static double[] solve(double[][] h, double[] g) {
    int m = g.length;
    double[][] l = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j <= i; j++) {
        double s = h[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (s <= 0) {
            throw new IllegalStateException("Hessian not positive definite at " + i);
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    double[] v = new double[m];
    for (int i = 0; i < m; i++) {
      double s = g[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * v[k];
      }
      v[i] = s / l[i][i];
    }
    double[] x = new double[m];
    for (int i = m - 1; i >= 0; i--) {
      double s = v[i];
      for (int k = i + 1; k < m; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }
}
