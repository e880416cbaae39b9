#include "explain/WeightedRidge.h"

#include "core/Error.h"

#include <Eigen/Dense>

namespace fakelens {

RidgeFit fitWeightedRidge(const std::vector<double>& x, int rows, int columns,
                          const std::vector<double>& y, const std::vector<double>& weights,
                          double alpha) {
    if (rows < 1 || columns < 0 || x.size() != size_t(rows) * columns || y.size() != size_t(rows) ||
        weights.size() != size_t(rows))
        throw Error(ErrorCode::InvalidArgument, "fitWeightedRidge", "inconsistent sizes");
    using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
    const Eigen::Map<const Matrix> X(x.data(), rows, columns);
    const Eigen::Map<const Eigen::VectorXd> Y(y.data(), rows);
    const Eigen::Map<const Eigen::VectorXd> W(weights.data(), rows);

    const double weightSum = W.sum();
    if (!(weightSum > 0))
        throw Error(ErrorCode::InvalidArgument, "fitWeightedRidge", "weights sum to zero");
    // Centring on the weighted means makes the intercept drop out of the penalised problem.
    const Eigen::RowVectorXd xMean = (W.transpose() * X) / weightSum;
    const double yMean = W.dot(Y) / weightSum;
    const Eigen::MatrixXd centred = X.rowwise() - xMean;
    const Eigen::VectorXd yCentred = Y.array() - yMean;

    const Eigen::MatrixXd weighted = centred.array().colwise() * W.array();
    Eigen::MatrixXd normal = weighted.transpose() * centred;
    normal.diagonal().array() += alpha;
    const Eigen::VectorXd rhs = weighted.transpose() * yCentred;
    const Eigen::VectorXd beta = normal.ldlt().solve(rhs);

    RidgeFit fit;
    fit.coefficients.assign(beta.data(), beta.data() + beta.size());
    fit.intercept = yMean - xMean.dot(beta);
    return fit;
}

} // namespace fakelens
