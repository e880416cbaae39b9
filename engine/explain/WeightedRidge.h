#pragma once

#include <vector>

namespace fakelens {

struct RidgeFit {
    std::vector<double> coefficients;
    double intercept = 0.0;
};

// Weighted ridge regression with an unpenalised intercept, the same problem as scikit-learn's
// Ridge(alpha).fit(X, y, sample_weight=w) that lime uses:
//   minimise sum_i w_i (y_i - b - x_i . beta)^2 + alpha |beta|^2.
// `x` is row-major, rows x columns. Solved with Eigen (weighted centring, then LDLT of the
// normal equations, which are positive definite for alpha > 0).
RidgeFit fitWeightedRidge(const std::vector<double>& x, int rows, int columns,
                          const std::vector<double>& y, const std::vector<double>& weights,
                          double alpha);

} // namespace fakelens
