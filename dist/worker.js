#!/usr/bin/env node
import { createRequire as __llmLoadCreateRequire } from 'node:module';
const require = __llmLoadCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/hdr-histogram-js/dist/HistogramIterationValue.js
var require_HistogramIterationValue = __commonJS({
  "node_modules/hdr-histogram-js/dist/HistogramIterationValue.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var HistogramIterationValue = class {
      constructor() {
        this.reset();
      }
      reset() {
        this.valueIteratedTo = 0;
        this.valueIteratedFrom = 0;
        this.countAtValueIteratedTo = 0;
        this.countAddedInThisIterationStep = 0;
        this.totalCountToThisValue = 0;
        this.totalValueToThisValue = 0;
        this.percentile = 0;
        this.percentileLevelIteratedTo = 0;
      }
    };
    exports.default = HistogramIterationValue;
  }
});

// node_modules/hdr-histogram-js/dist/JsHistogramIterator.js
var require_JsHistogramIterator = __commonJS({
  "node_modules/hdr-histogram-js/dist/JsHistogramIterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var HistogramIterationValue_1 = require_HistogramIterationValue();
    var JsHistogramIterator = class {
      constructor() {
        this.currentIterationValue = new HistogramIterationValue_1.default();
      }
      resetIterator(histogram) {
        this.histogram = histogram;
        this.savedHistogramTotalRawCount = histogram.totalCount;
        this.arrayTotalCount = histogram.totalCount;
        this.currentIndex = 0;
        this.currentValueAtIndex = 0;
        this.nextValueAtIndex = Math.pow(2, histogram.unitMagnitude);
        this.prevValueIteratedTo = 0;
        this.totalCountToPrevIndex = 0;
        this.totalCountToCurrentIndex = 0;
        this.totalValueToCurrentIndex = 0;
        this.countAtThisValue = 0;
        this.freshSubBucket = true;
        this.currentIterationValue.reset();
      }
      /**
       * Returns true if the iteration has more elements. (In other words, returns true if next would return an
       * element rather than throwing an exception.)
       *
       * @return true if the iterator has more elements.
       */
      hasNext() {
        if (this.histogram.totalCount !== this.savedHistogramTotalRawCount) {
          throw "Concurrent Modification Exception";
        }
        return this.totalCountToCurrentIndex < this.arrayTotalCount;
      }
      /**
       * Returns the next element in the iteration.
       *
       * @return the {@link HistogramIterationValue} associated with the next element in the iteration.
       */
      next() {
        while (!this.exhaustedSubBuckets()) {
          this.countAtThisValue = this.histogram.getCountAtIndex(this.currentIndex);
          if (this.freshSubBucket) {
            this.totalCountToCurrentIndex += this.countAtThisValue;
            this.totalValueToCurrentIndex += this.countAtThisValue * this.histogram.highestEquivalentValue(this.currentValueAtIndex);
            this.freshSubBucket = false;
          }
          if (this.reachedIterationLevel()) {
            const valueIteratedTo = this.getValueIteratedTo();
            Object.assign(this.currentIterationValue, {
              valueIteratedTo,
              valueIteratedFrom: this.prevValueIteratedTo,
              countAtValueIteratedTo: this.countAtThisValue,
              countAddedInThisIterationStep: this.totalCountToCurrentIndex - this.totalCountToPrevIndex,
              totalCountToThisValue: this.totalCountToCurrentIndex,
              totalValueToThisValue: this.totalValueToCurrentIndex,
              percentile: 100 * this.totalCountToCurrentIndex / this.arrayTotalCount,
              percentileLevelIteratedTo: this.getPercentileIteratedTo()
            });
            this.prevValueIteratedTo = valueIteratedTo;
            this.totalCountToPrevIndex = this.totalCountToCurrentIndex;
            this.incrementIterationLevel();
            if (this.histogram.totalCount !== this.savedHistogramTotalRawCount) {
              throw new Error("Concurrent Modification Exception");
            }
            return this.currentIterationValue;
          }
          this.incrementSubBucket();
        }
        throw new Error("Index Out Of Bounds Exception");
      }
      getPercentileIteratedTo() {
        return 100 * this.totalCountToCurrentIndex / this.arrayTotalCount;
      }
      getPercentileIteratedFrom() {
        return 100 * this.totalCountToPrevIndex / this.arrayTotalCount;
      }
      getValueIteratedTo() {
        return this.histogram.highestEquivalentValue(this.currentValueAtIndex);
      }
      exhaustedSubBuckets() {
        return this.currentIndex >= this.histogram.countsArrayLength;
      }
      incrementSubBucket() {
        this.freshSubBucket = true;
        this.currentIndex++;
        this.currentValueAtIndex = this.histogram.valueFromIndex(this.currentIndex);
        this.nextValueAtIndex = this.histogram.valueFromIndex(this.currentIndex + 1);
      }
    };
    exports.default = JsHistogramIterator;
  }
});

// node_modules/hdr-histogram-js/dist/RecordedValuesIterator.js
var require_RecordedValuesIterator = __commonJS({
  "node_modules/hdr-histogram-js/dist/RecordedValuesIterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var JsHistogramIterator_1 = require_JsHistogramIterator();
    var RecordedValuesIterator = class extends JsHistogramIterator_1.default {
      /**
       * @param histogram The histogram this iterator will operate on
       */
      constructor(histogram) {
        super();
        this.doReset(histogram);
      }
      /**
       * Reset iterator for re-use in a fresh iteration over the same histogram data set.
       */
      reset() {
        this.doReset(this.histogram);
      }
      doReset(histogram) {
        super.resetIterator(histogram);
        this.visitedIndex = -1;
      }
      incrementIterationLevel() {
        this.visitedIndex = this.currentIndex;
      }
      reachedIterationLevel() {
        const currentCount = this.histogram.getCountAtIndex(this.currentIndex);
        return currentCount != 0 && this.visitedIndex !== this.currentIndex;
      }
    };
    exports.default = RecordedValuesIterator;
  }
});

// node_modules/hdr-histogram-js/dist/PercentileIterator.js
var require_PercentileIterator = __commonJS({
  "node_modules/hdr-histogram-js/dist/PercentileIterator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var JsHistogramIterator_1 = require_JsHistogramIterator();
    var { pow, floor, log2 } = Math;
    var PercentileIterator = class extends JsHistogramIterator_1.default {
      /**
       * @param histogram The histogram this iterator will operate on
       * @param percentileTicksPerHalfDistance The number of equal-sized iteration steps per half-distance to 100%.
       */
      constructor(histogram, percentileTicksPerHalfDistance) {
        super();
        this.percentileTicksPerHalfDistance = 0;
        this.percentileLevelToIterateTo = 0;
        this.percentileLevelToIterateFrom = 0;
        this.reachedLastRecordedValue = false;
        this.doReset(histogram, percentileTicksPerHalfDistance);
      }
      /**
       * Reset iterator for re-use in a fresh iteration over the same histogram data set.
       *
       * @param percentileTicksPerHalfDistance The number of iteration steps per half-distance to 100%.
       */
      reset(percentileTicksPerHalfDistance) {
        this.doReset(this.histogram, percentileTicksPerHalfDistance);
      }
      doReset(histogram, percentileTicksPerHalfDistance) {
        super.resetIterator(histogram);
        this.percentileTicksPerHalfDistance = percentileTicksPerHalfDistance;
        this.percentileLevelToIterateTo = 0;
        this.percentileLevelToIterateFrom = 0;
        this.reachedLastRecordedValue = false;
      }
      hasNext() {
        if (super.hasNext())
          return true;
        if (!this.reachedLastRecordedValue && this.arrayTotalCount > 0) {
          this.percentileLevelToIterateTo = 100;
          this.reachedLastRecordedValue = true;
          return true;
        }
        return false;
      }
      incrementIterationLevel() {
        this.percentileLevelToIterateFrom = this.percentileLevelToIterateTo;
        const percentileReportingTicks = this.percentileTicksPerHalfDistance * pow(2, floor(log2(100 / (100 - this.percentileLevelToIterateTo))) + 1);
        this.percentileLevelToIterateTo += 100 / percentileReportingTicks;
      }
      reachedIterationLevel() {
        if (this.countAtThisValue === 0) {
          return false;
        }
        const currentPercentile = 100 * this.totalCountToCurrentIndex / this.arrayTotalCount;
        return currentPercentile >= this.percentileLevelToIterateTo;
      }
      getPercentileIteratedTo() {
        return this.percentileLevelToIterateTo;
      }
      getPercentileIteratedFrom() {
        return this.percentileLevelToIterateFrom;
      }
    };
    exports.default = PercentileIterator;
  }
});

// node_modules/hdr-histogram-js/dist/formatters.js
var require_formatters = __commonJS({
  "node_modules/hdr-histogram-js/dist/formatters.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.floatFormatter = exports.keepSignificantDigits = exports.integerFormatter = void 0;
    var leftPadding = (size) => {
      return (input) => {
        if (input.length < size) {
          return " ".repeat(size - input.length) + input;
        }
        return input;
      };
    };
    var integerFormatter = (size) => {
      const padding = leftPadding(size);
      return (integer) => padding("" + integer);
    };
    exports.integerFormatter = integerFormatter;
    var { floor, log10, pow } = Math;
    var numberOfDigits = (n) => floor(log10(n) + 1);
    var keepSignificantDigits = (digits) => (value) => {
      const valueDigits = numberOfDigits(value);
      if (valueDigits > digits) {
        const extraDigits = valueDigits - digits;
        const magnitude = pow(10, extraDigits);
        return value - value % magnitude;
      }
      return value;
    };
    exports.keepSignificantDigits = keepSignificantDigits;
    var floatFormatter = (size, fractionDigits) => {
      const numberFormatter = new Intl.NumberFormat("en-US", {
        maximumFractionDigits: fractionDigits,
        minimumFractionDigits: fractionDigits,
        useGrouping: false
      });
      const padding = leftPadding(size);
      return (float) => padding(numberFormatter.format(float));
    };
    exports.floatFormatter = floatFormatter;
  }
});

// node_modules/hdr-histogram-js/dist/ulp.js
var require_ulp = __commonJS({
  "node_modules/hdr-histogram-js/dist/ulp.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ulp = (x) => Math.pow(2, Math.floor(Math.log2(x)) - 52);
    exports.default = ulp;
  }
});

// node_modules/hdr-histogram-js/dist/Histogram.js
var require_Histogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/Histogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.toSummary = exports.NO_TAG = void 0;
    var formatters_1 = require_formatters();
    exports.NO_TAG = "NO TAG";
    var toSummary = (histogram) => {
      const { totalCount, maxValue, numberOfSignificantValueDigits } = histogram;
      const round2 = (0, formatters_1.keepSignificantDigits)(numberOfSignificantValueDigits);
      return {
        p50: round2(histogram.getValueAtPercentile(50)),
        p75: round2(histogram.getValueAtPercentile(75)),
        p90: round2(histogram.getValueAtPercentile(90)),
        p97_5: round2(histogram.getValueAtPercentile(97.5)),
        p99: round2(histogram.getValueAtPercentile(99)),
        p99_9: round2(histogram.getValueAtPercentile(99.9)),
        p99_99: round2(histogram.getValueAtPercentile(99.99)),
        p99_999: round2(histogram.getValueAtPercentile(99.999)),
        max: maxValue,
        totalCount
      };
    };
    exports.toSummary = toSummary;
  }
});

// node_modules/hdr-histogram-js/dist/JsHistogram.js
var require_JsHistogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/JsHistogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = exports.JsHistogram = void 0;
    var RecordedValuesIterator_1 = require_RecordedValuesIterator();
    var PercentileIterator_1 = require_PercentileIterator();
    var formatters_1 = require_formatters();
    var ulp_1 = require_ulp();
    var Histogram_1 = require_Histogram();
    var { pow, floor, ceil, log2, max, min } = Math;
    var JsHistogram = class _JsHistogram {
      incrementTotalCount() {
        this._totalCount++;
      }
      addToTotalCount(value) {
        this._totalCount += value;
      }
      setTotalCount(value) {
        this._totalCount = value;
      }
      /**
       * Get the total count of all recorded values in the histogram
       * @return the total count of all recorded values in the histogram
       */
      get totalCount() {
        return this._totalCount;
      }
      updatedMaxValue(value) {
        const internalValue = value + this.unitMagnitudeMask;
        this.maxValue = internalValue;
      }
      updateMinNonZeroValue(value) {
        if (value <= this.unitMagnitudeMask) {
          return;
        }
        const internalValue = floor(value / this.lowestDiscernibleValueRounded) * this.lowestDiscernibleValueRounded;
        this.minNonZeroValue = internalValue;
      }
      constructor(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        this.autoResize = false;
        this.startTimeStampMsec = Number.MAX_SAFE_INTEGER;
        this.endTimeStampMsec = 0;
        this.tag = Histogram_1.NO_TAG;
        this.maxValue = 0;
        this.minNonZeroValue = Number.MAX_SAFE_INTEGER;
        this.identity = 0;
        this.highestTrackableValue = 0;
        this.lowestDiscernibleValue = 0;
        this.numberOfSignificantValueDigits = 0;
        this.bucketCount = 0;
        this.subBucketCount = 0;
        this.countsArrayLength = 0;
        this.wordSizeInBytes = 0;
        if (lowestDiscernibleValue < 1) {
          throw new Error("lowestDiscernibleValue must be >= 1");
        }
        if (highestTrackableValue < 2 * lowestDiscernibleValue) {
          throw new Error(`highestTrackableValue must be >= 2 * lowestDiscernibleValue ( 2 * ${lowestDiscernibleValue} )`);
        }
        if (numberOfSignificantValueDigits < 0 || numberOfSignificantValueDigits > 5) {
          throw new Error("numberOfSignificantValueDigits must be between 0 and 5");
        }
        this.identity = _JsHistogram.identityBuilder++;
        this.init(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
      }
      init(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        this.lowestDiscernibleValue = lowestDiscernibleValue;
        this.highestTrackableValue = highestTrackableValue;
        this.numberOfSignificantValueDigits = numberOfSignificantValueDigits;
        const largestValueWithSingleUnitResolution = 2 * floor(pow(10, numberOfSignificantValueDigits));
        this.unitMagnitude = floor(log2(lowestDiscernibleValue));
        this.lowestDiscernibleValueRounded = pow(2, this.unitMagnitude);
        this.unitMagnitudeMask = this.lowestDiscernibleValueRounded - 1;
        const subBucketCountMagnitude = ceil(log2(largestValueWithSingleUnitResolution));
        this.subBucketHalfCountMagnitude = (subBucketCountMagnitude > 1 ? subBucketCountMagnitude : 1) - 1;
        this.subBucketCount = pow(2, this.subBucketHalfCountMagnitude + 1);
        this.subBucketHalfCount = this.subBucketCount / 2;
        this.subBucketMask = (floor(this.subBucketCount) - 1) * pow(2, this.unitMagnitude);
        this.establishSize(highestTrackableValue);
        this.leadingZeroCountBase = 53 - this.unitMagnitude - this.subBucketHalfCountMagnitude - 1;
        this.percentileIterator = new PercentileIterator_1.default(this, 1);
        this.recordedValuesIterator = new RecordedValuesIterator_1.default(this);
      }
      /**
       * The buckets (each of which has subBucketCount sub-buckets, here assumed to be 2048 as an example) overlap:
       *
       * <pre>
       * The 0'th bucket covers from 0...2047 in multiples of 1, using all 2048 sub-buckets
       * The 1'th bucket covers from 2048..4097 in multiples of 2, using only the top 1024 sub-buckets
       * The 2'th bucket covers from 4096..8191 in multiple of 4, using only the top 1024 sub-buckets
       * ...
       * </pre>
       *
       * Bucket 0 is "special" here. It is the only one that has 2048 entries. All the rest have 1024 entries (because
       * their bottom half overlaps with and is already covered by the all of the previous buckets put together). In other
       * words, the k'th bucket could represent 0 * 2^k to 2048 * 2^k in 2048 buckets with 2^k precision, but the midpoint
       * of 1024 * 2^k = 2048 * 2^(k-1) = the k-1'th bucket's end, so we would use the previous bucket for those lower
       * values as it has better precision.
       */
      establishSize(newHighestTrackableValue) {
        this.countsArrayLength = this.determineArrayLengthNeeded(newHighestTrackableValue);
        this.bucketCount = this.getBucketsNeededToCoverValue(newHighestTrackableValue);
        this.highestTrackableValue = newHighestTrackableValue;
      }
      determineArrayLengthNeeded(highestTrackableValue) {
        if (highestTrackableValue < 2 * this.lowestDiscernibleValue) {
          throw new Error("highestTrackableValue (" + highestTrackableValue + ") cannot be < (2 * lowestDiscernibleValue)");
        }
        const countsArrayLength = this.getLengthForNumberOfBuckets(this.getBucketsNeededToCoverValue(highestTrackableValue));
        return countsArrayLength;
      }
      /**
       * If we have N such that subBucketCount * 2^N > max value, we need storage for N+1 buckets, each with enough
       * slots to hold the top half of the subBucketCount (the lower half is covered by previous buckets), and the +1
       * being used for the lower half of the 0'th bucket. Or, equivalently, we need 1 more bucket to capture the max
       * value if we consider the sub-bucket length to be halved.
       */
      getLengthForNumberOfBuckets(numberOfBuckets) {
        const lengthNeeded = (numberOfBuckets + 1) * (this.subBucketCount / 2);
        return lengthNeeded;
      }
      getBucketsNeededToCoverValue(value) {
        let smallestUntrackableValue = this.subBucketCount * pow(2, this.unitMagnitude);
        let bucketsNeeded = 1;
        while (smallestUntrackableValue <= value) {
          if (smallestUntrackableValue > Number.MAX_SAFE_INTEGER / 2) {
            return bucketsNeeded + 1;
          }
          smallestUntrackableValue = smallestUntrackableValue * 2;
          bucketsNeeded++;
        }
        return bucketsNeeded;
      }
      /**
       * Record a value in the histogram
       *
       * @param value The value to be recorded
       * @throws may throw Error if value is exceeds highestTrackableValue
       */
      recordValue(value) {
        this.recordSingleValue(value);
      }
      recordSingleValue(value) {
        const countsIndex = this.countsArrayIndex(value);
        if (countsIndex >= this.countsArrayLength) {
          this.handleRecordException(1, value);
        } else {
          this.incrementCountAtIndex(countsIndex);
        }
        this.updateMinAndMax(value);
        this.incrementTotalCount();
      }
      handleRecordException(count, value) {
        if (!this.autoResize) {
          throw new Error("Value " + value + " is outside of histogram covered range");
        }
        this.resize(value);
        var countsIndex = this.countsArrayIndex(value);
        this.addToCountAtIndex(countsIndex, count);
        this.highestTrackableValue = this.highestEquivalentValue(this.valueFromIndex(this.countsArrayLength - 1));
      }
      countsArrayIndex(value) {
        if (value < 0) {
          throw new Error("Histogram recorded value cannot be negative.");
        }
        const bucketIndex = this.getBucketIndex(value);
        const subBucketIndex = this.getSubBucketIndex(value, bucketIndex);
        return this.computeCountsArrayIndex(bucketIndex, subBucketIndex);
      }
      computeCountsArrayIndex(bucketIndex, subBucketIndex) {
        const bucketBaseIndex = (bucketIndex + 1) * pow(2, this.subBucketHalfCountMagnitude);
        const offsetInBucket = subBucketIndex - this.subBucketHalfCount;
        return bucketBaseIndex + offsetInBucket;
      }
      /**
       * @return the lowest (and therefore highest precision) bucket index that can represent the value
       */
      getBucketIndex(value) {
        return max(floor(log2(value)) - this.subBucketHalfCountMagnitude - this.unitMagnitude, 0);
      }
      getSubBucketIndex(value, bucketIndex) {
        return floor(value / pow(2, bucketIndex + this.unitMagnitude));
      }
      updateMinAndMax(value) {
        if (value > this.maxValue) {
          this.updatedMaxValue(value);
        }
        if (value < this.minNonZeroValue && value !== 0) {
          this.updateMinNonZeroValue(value);
        }
      }
      /**
       * Get the value at a given percentile.
       * When the given percentile is &gt; 0.0, the value returned is the value that the given
       * percentage of the overall recorded value entries in the histogram are either smaller than
       * or equivalent to. When the given percentile is 0.0, the value returned is the value that all value
       * entries in the histogram are either larger than or equivalent to.
       * <p>
       * Note that two values are "equivalent" in this statement if
       * {@link org.HdrHistogram.JsHistogram#valuesAreEquivalent} would return true.
       *
       * @param percentile  The percentile for which to return the associated value
       * @return The value that the given percentage of the overall recorded value entries in the
       * histogram are either smaller than or equivalent to. When the percentile is 0.0, returns the
       * value that all value entries in the histogram are either larger than or equivalent to.
       */
      getValueAtPercentile(percentile2) {
        const requestedPercentile = min(percentile2, 100);
        const fpCountAtPercentile = requestedPercentile / 100 * this.totalCount;
        const countAtPercentile = max(
          ceil(fpCountAtPercentile - (0, ulp_1.default)(fpCountAtPercentile)),
          // round up
          1
          // Make sure we at least reach the first recorded entry
        );
        let totalToCurrentIndex = 0;
        for (let i = 0; i < this.countsArrayLength; i++) {
          totalToCurrentIndex += this.getCountAtIndex(i);
          if (totalToCurrentIndex >= countAtPercentile) {
            var valueAtIndex = this.valueFromIndex(i);
            return percentile2 === 0 ? this.lowestEquivalentValue(valueAtIndex) : this.highestEquivalentValue(valueAtIndex);
          }
        }
        return 0;
      }
      valueFromIndexes(bucketIndex, subBucketIndex) {
        return subBucketIndex * pow(2, bucketIndex + this.unitMagnitude);
      }
      valueFromIndex(index) {
        let bucketIndex = floor(index / this.subBucketHalfCount) - 1;
        let subBucketIndex = index % this.subBucketHalfCount + this.subBucketHalfCount;
        if (bucketIndex < 0) {
          subBucketIndex -= this.subBucketHalfCount;
          bucketIndex = 0;
        }
        return this.valueFromIndexes(bucketIndex, subBucketIndex);
      }
      /**
       * Get the lowest value that is equivalent to the given value within the histogram's resolution.
       * Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The lowest value that is equivalent to the given value within the histogram's resolution.
       */
      lowestEquivalentValue(value) {
        const bucketIndex = this.getBucketIndex(value);
        const subBucketIndex = this.getSubBucketIndex(value, bucketIndex);
        const thisValueBaseLevel = this.valueFromIndexes(bucketIndex, subBucketIndex);
        return thisValueBaseLevel;
      }
      /**
       * Get the highest value that is equivalent to the given value within the histogram's resolution.
       * Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The highest value that is equivalent to the given value within the histogram's resolution.
       */
      highestEquivalentValue(value) {
        return this.nextNonEquivalentValue(value) - 1;
      }
      /**
       * Get the next value that is not equivalent to the given value within the histogram's resolution.
       * Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The next value that is not equivalent to the given value within the histogram's resolution.
       */
      nextNonEquivalentValue(value) {
        return this.lowestEquivalentValue(value) + this.sizeOfEquivalentValueRange(value);
      }
      /**
       * Get the size (in value units) of the range of values that are equivalent to the given value within the
       * histogram's resolution. Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The size of the range of values equivalent to the given value.
       */
      sizeOfEquivalentValueRange(value) {
        const bucketIndex = this.getBucketIndex(value);
        const subBucketIndex = this.getSubBucketIndex(value, bucketIndex);
        const distanceToNextValue = pow(2, this.unitMagnitude + (subBucketIndex >= this.subBucketCount ? bucketIndex + 1 : bucketIndex));
        return distanceToNextValue;
      }
      /**
       * Get a value that lies in the middle (rounded up) of the range of values equivalent the given value.
       * Where "equivalent" means that value samples recorded for any two
       * equivalent values are counted in a common total count.
       *
       * @param value The given value
       * @return The value lies in the middle (rounded up) of the range of values equivalent the given value.
       */
      medianEquivalentValue(value) {
        return this.lowestEquivalentValue(value) + floor(this.sizeOfEquivalentValueRange(value) / 2);
      }
      /**
       * Get the computed mean value of all recorded values in the histogram
       *
       * @return the mean value (in value units) of the histogram data
       */
      get mean() {
        if (this.totalCount === 0) {
          return 0;
        }
        this.recordedValuesIterator.reset();
        let totalValue = 0;
        while (this.recordedValuesIterator.hasNext()) {
          const iterationValue = this.recordedValuesIterator.next();
          totalValue += this.medianEquivalentValue(iterationValue.valueIteratedTo) * iterationValue.countAtValueIteratedTo;
        }
        return totalValue / this.totalCount;
      }
      getStdDeviation(mean = this.mean) {
        if (this.totalCount === 0) {
          return 0;
        }
        let geometric_deviation_total = 0;
        this.recordedValuesIterator.reset();
        while (this.recordedValuesIterator.hasNext()) {
          const iterationValue = this.recordedValuesIterator.next();
          const deviation = this.medianEquivalentValue(iterationValue.valueIteratedTo) - mean;
          geometric_deviation_total += deviation * deviation * iterationValue.countAddedInThisIterationStep;
        }
        const std_deviation = Math.sqrt(geometric_deviation_total / this.totalCount);
        return std_deviation;
      }
      /**
       * Get the computed standard deviation of all recorded values in the histogram
       *
       * @return the standard deviation (in value units) of the histogram data
       */
      get stdDeviation() {
        if (this.totalCount === 0) {
          return 0;
        }
        const mean = this.mean;
        let geometric_deviation_total = 0;
        this.recordedValuesIterator.reset();
        while (this.recordedValuesIterator.hasNext()) {
          const iterationValue = this.recordedValuesIterator.next();
          const deviation = this.medianEquivalentValue(iterationValue.valueIteratedTo) - mean;
          geometric_deviation_total += deviation * deviation * iterationValue.countAddedInThisIterationStep;
        }
        const std_deviation = Math.sqrt(geometric_deviation_total / this.totalCount);
        return std_deviation;
      }
      /**
       * Produce textual representation of the value distribution of histogram data by percentile. The distribution is
       * output with exponentially increasing resolution, with each exponentially decreasing half-distance containing
       * <i>dumpTicksPerHalf</i> percentile reporting tick points.
       *
       * @param printStream    Stream into which the distribution will be output
       * <p>
       * @param percentileTicksPerHalfDistance  The number of reporting points per exponentially decreasing half-distance
       * <p>
       * @param outputValueUnitScalingRatio    The scaling factor by which to divide histogram recorded values units in
       *                                     output
       * @param useCsvFormat  Output in CSV format if true. Otherwise use plain text form.
       */
      outputPercentileDistribution(percentileTicksPerHalfDistance = 5, outputValueUnitScalingRatio = 1, useCsvFormat = false) {
        let result = "";
        if (useCsvFormat) {
          result += '"Value","Percentile","TotalCount","1/(1-Percentile)"\n';
        } else {
          result += "       Value     Percentile TotalCount 1/(1-Percentile)\n\n";
        }
        const iterator = this.percentileIterator;
        iterator.reset(percentileTicksPerHalfDistance);
        let lineFormatter;
        let lastLineFormatter;
        if (useCsvFormat) {
          const valueFormatter = (0, formatters_1.floatFormatter)(0, this.numberOfSignificantValueDigits);
          const percentileFormatter = (0, formatters_1.floatFormatter)(0, 12);
          const lastFormatter = (0, formatters_1.floatFormatter)(0, 2);
          lineFormatter = (iterationValue) => valueFormatter(iterationValue.valueIteratedTo / outputValueUnitScalingRatio) + "," + percentileFormatter(iterationValue.percentileLevelIteratedTo / 100) + "," + iterationValue.totalCountToThisValue + "," + lastFormatter(1 / (1 - iterationValue.percentileLevelIteratedTo / 100)) + "\n";
          lastLineFormatter = (iterationValue) => valueFormatter(iterationValue.valueIteratedTo / outputValueUnitScalingRatio) + "," + percentileFormatter(iterationValue.percentileLevelIteratedTo / 100) + "," + iterationValue.totalCountToThisValue + ",Infinity\n";
        } else {
          const valueFormatter = (0, formatters_1.floatFormatter)(12, this.numberOfSignificantValueDigits);
          const percentileFormatter = (0, formatters_1.floatFormatter)(2, 12);
          const totalCountFormatter = (0, formatters_1.integerFormatter)(10);
          const lastFormatter = (0, formatters_1.floatFormatter)(14, 2);
          lineFormatter = (iterationValue) => valueFormatter(iterationValue.valueIteratedTo / outputValueUnitScalingRatio) + " " + percentileFormatter(iterationValue.percentileLevelIteratedTo / 100) + " " + totalCountFormatter(iterationValue.totalCountToThisValue) + " " + lastFormatter(1 / (1 - iterationValue.percentileLevelIteratedTo / 100)) + "\n";
          lastLineFormatter = (iterationValue) => valueFormatter(iterationValue.valueIteratedTo / outputValueUnitScalingRatio) + " " + percentileFormatter(iterationValue.percentileLevelIteratedTo / 100) + " " + totalCountFormatter(iterationValue.totalCountToThisValue) + "\n";
        }
        while (iterator.hasNext()) {
          const iterationValue = iterator.next();
          if (iterationValue.percentileLevelIteratedTo < 100) {
            result += lineFormatter(iterationValue);
          } else {
            result += lastLineFormatter(iterationValue);
          }
        }
        if (!useCsvFormat) {
          const formatter = (0, formatters_1.floatFormatter)(12, this.numberOfSignificantValueDigits);
          const _mean = this.mean;
          const mean = formatter(_mean / outputValueUnitScalingRatio);
          const std_deviation = formatter(this.getStdDeviation(_mean) / outputValueUnitScalingRatio);
          const max2 = formatter(this.maxValue / outputValueUnitScalingRatio);
          const intFormatter = (0, formatters_1.integerFormatter)(12);
          const totalCount = intFormatter(this.totalCount);
          const bucketCount = intFormatter(this.bucketCount);
          const subBucketCount = intFormatter(this.subBucketCount);
          result += `#[Mean    = ${mean}, StdDeviation   = ${std_deviation}]
#[Max     = ${max2}, Total count    = ${totalCount}]
#[Buckets = ${bucketCount}, SubBuckets     = ${subBucketCount}]
`;
        }
        return result;
      }
      get summary() {
        return (0, Histogram_1.toSummary)(this);
      }
      toJSON() {
        return this.summary;
      }
      inspect() {
        return this.toString();
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return this.toString();
      }
      /**
       * Provide a (conservatively high) estimate of the Histogram's total footprint in bytes
       *
       * @return a (conservatively high) estimate of the Histogram's total footprint in bytes
       */
      get estimatedFootprintInBytes() {
        return this._getEstimatedFootprintInBytes();
      }
      recordSingleValueWithExpectedInterval(value, expectedIntervalBetweenValueSamples) {
        this.recordSingleValue(value);
        if (expectedIntervalBetweenValueSamples <= 0) {
          return;
        }
        for (let missingValue = value - expectedIntervalBetweenValueSamples; missingValue >= expectedIntervalBetweenValueSamples; missingValue -= expectedIntervalBetweenValueSamples) {
          this.recordSingleValue(missingValue);
        }
      }
      recordCountAtValue(count, value) {
        const countsIndex = this.countsArrayIndex(value);
        if (countsIndex >= this.countsArrayLength) {
          this.handleRecordException(count, value);
        } else {
          this.addToCountAtIndex(countsIndex, count);
        }
        this.updateMinAndMax(value);
        this.addToTotalCount(count);
      }
      /**
       * Record a value in the histogram (adding to the value's current count)
       *
       * @param value The value to be recorded
       * @param count The number of occurrences of this value to record
       * @throws ArrayIndexOutOfBoundsException (may throw) if value is exceeds highestTrackableValue
       */
      recordValueWithCount(value, count) {
        this.recordCountAtValue(count, value);
      }
      /**
       * Record a value in the histogram.
       * <p>
       * To compensate for the loss of sampled values when a recorded value is larger than the expected
       * interval between value samples, Histogram will auto-generate an additional series of decreasingly-smaller
       * (down to the expectedIntervalBetweenValueSamples) value records.
       * <p>
       * Note: This is a at-recording correction method, as opposed to the post-recording correction method provided
       * by {@link #copyCorrectedForCoordinatedOmission(long)}.
       * The two methods are mutually exclusive, and only one of the two should be be used on a given data set to correct
       * for the same coordinated omission issue.
       * <p>
       * See notes in the description of the Histogram calls for an illustration of why this corrective behavior is
       * important.
       *
       * @param value The value to record
       * @param expectedIntervalBetweenValueSamples If expectedIntervalBetweenValueSamples is larger than 0, add
       *                                           auto-generated value records as appropriate if value is larger
       *                                           than expectedIntervalBetweenValueSamples
       * @throws ArrayIndexOutOfBoundsException (may throw) if value is exceeds highestTrackableValue
       */
      recordValueWithExpectedInterval(value, expectedIntervalBetweenValueSamples) {
        this.recordSingleValueWithExpectedInterval(value, expectedIntervalBetweenValueSamples);
      }
      recordValueWithCountAndExpectedInterval(value, count, expectedIntervalBetweenValueSamples) {
        this.recordCountAtValue(count, value);
        if (expectedIntervalBetweenValueSamples <= 0) {
          return;
        }
        for (let missingValue = value - expectedIntervalBetweenValueSamples; missingValue >= expectedIntervalBetweenValueSamples; missingValue -= expectedIntervalBetweenValueSamples) {
          this.recordCountAtValue(count, missingValue);
        }
      }
      /**
       * Add the contents of another histogram to this one, while correcting the incoming data for coordinated omission.
       * <p>
       * To compensate for the loss of sampled values when a recorded value is larger than the expected
       * interval between value samples, the values added will include an auto-generated additional series of
       * decreasingly-smaller (down to the expectedIntervalBetweenValueSamples) value records for each count found
       * in the current histogram that is larger than the expectedIntervalBetweenValueSamples.
       *
       * Note: This is a post-recording correction method, as opposed to the at-recording correction method provided
       * by {@link #recordValueWithExpectedInterval(long, long) recordValueWithExpectedInterval}. The two
       * methods are mutually exclusive, and only one of the two should be be used on a given data set to correct
       * for the same coordinated omission issue.
       * by
       * <p>
       * See notes in the description of the Histogram calls for an illustration of why this corrective behavior is
       * important.
       *
       * @param otherHistogram The other histogram. highestTrackableValue and largestValueWithSingleUnitResolution must match.
       * @param expectedIntervalBetweenValueSamples If expectedIntervalBetweenValueSamples is larger than 0, add
       *                                           auto-generated value records as appropriate if value is larger
       *                                           than expectedIntervalBetweenValueSamples
       * @throws ArrayIndexOutOfBoundsException (may throw) if values exceed highestTrackableValue
       */
      addWhileCorrectingForCoordinatedOmission(otherHistogram, expectedIntervalBetweenValueSamples) {
        const toHistogram = this;
        const otherValues = new RecordedValuesIterator_1.default(otherHistogram);
        while (otherValues.hasNext()) {
          const v = otherValues.next();
          toHistogram.recordValueWithCountAndExpectedInterval(v.valueIteratedTo, v.countAtValueIteratedTo, expectedIntervalBetweenValueSamples);
        }
      }
      /**
       * Add the contents of another histogram to this one.
       * <p>
       * As part of adding the contents, the start/end timestamp range of this histogram will be
       * extended to include the start/end timestamp range of the other histogram.
       *
       * @param otherHistogram The other histogram.
       * @throws (may throw) if values in fromHistogram's are
       * higher than highestTrackableValue.
       */
      add(otherHistogram) {
        if (!(otherHistogram instanceof _JsHistogram)) {
          throw new Error("Cannot add a WASM histogram to a regular JS histogram");
        }
        const highestRecordableValue = this.highestEquivalentValue(this.valueFromIndex(this.countsArrayLength - 1));
        if (highestRecordableValue < otherHistogram.maxValue) {
          if (!this.autoResize) {
            throw new Error("The other histogram includes values that do not fit in this histogram's range.");
          }
          this.resize(otherHistogram.maxValue);
        }
        if (this.bucketCount === otherHistogram.bucketCount && this.subBucketCount === otherHistogram.subBucketCount && this.unitMagnitude === otherHistogram.unitMagnitude) {
          let observedOtherTotalCount = 0;
          for (let i = 0; i < otherHistogram.countsArrayLength; i++) {
            const otherCount = otherHistogram.getCountAtIndex(i);
            if (otherCount > 0) {
              this.addToCountAtIndex(i, otherCount);
              observedOtherTotalCount += otherCount;
            }
          }
          this.setTotalCount(this.totalCount + observedOtherTotalCount);
          this.updatedMaxValue(max(this.maxValue, otherHistogram.maxValue));
          this.updateMinNonZeroValue(min(this.minNonZeroValue, otherHistogram.minNonZeroValue));
        } else {
          const otherMaxIndex = otherHistogram.countsArrayIndex(otherHistogram.maxValue);
          let otherCount = otherHistogram.getCountAtIndex(otherMaxIndex);
          this.recordCountAtValue(otherCount, otherHistogram.valueFromIndex(otherMaxIndex));
          for (let i = 0; i < otherMaxIndex; i++) {
            otherCount = otherHistogram.getCountAtIndex(i);
            if (otherCount > 0) {
              this.recordCountAtValue(otherCount, otherHistogram.valueFromIndex(i));
            }
          }
        }
        this.startTimeStampMsec = min(this.startTimeStampMsec, otherHistogram.startTimeStampMsec);
        this.endTimeStampMsec = max(this.endTimeStampMsec, otherHistogram.endTimeStampMsec);
      }
      /**
       * Get the count of recorded values at a specific value (to within the histogram resolution at the value level).
       *
       * @param value The value for which to provide the recorded count
       * @return The total count of values recorded in the histogram within the value range that is
       * {@literal >=} lowestEquivalentValue(<i>value</i>) and {@literal <=} highestEquivalentValue(<i>value</i>)
       */
      getCountAtValue(value) {
        const index = min(max(0, this.countsArrayIndex(value)), this.countsArrayLength - 1);
        return this.getCountAtIndex(index);
      }
      /**
       * Subtract the contents of another histogram from this one.
       * <p>
       * The start/end timestamps of this histogram will remain unchanged.
       *
       * @param otherHistogram The other histogram.
       * @throws ArrayIndexOutOfBoundsException (may throw) if values in otherHistogram's are higher than highestTrackableValue.
       *
       */
      subtract(otherHistogram) {
        const highestRecordableValue = this.valueFromIndex(this.countsArrayLength - 1);
        if (!(otherHistogram instanceof _JsHistogram)) {
          throw new Error("Cannot subtract a WASM histogram to a regular JS histogram");
        }
        if (highestRecordableValue < otherHistogram.maxValue) {
          if (!this.autoResize) {
            throw new Error("The other histogram includes values that do not fit in this histogram's range.");
          }
          this.resize(otherHistogram.maxValue);
        }
        if (this.bucketCount === otherHistogram.bucketCount && this.subBucketCount === otherHistogram.subBucketCount && this.unitMagnitude === otherHistogram.unitMagnitude) {
          let observedOtherTotalCount = 0;
          for (let i = 0; i < otherHistogram.countsArrayLength; i++) {
            const otherCount = otherHistogram.getCountAtIndex(i);
            if (otherCount > 0) {
              this.addToCountAtIndex(i, -otherCount);
              observedOtherTotalCount += otherCount;
            }
          }
          this.setTotalCount(this.totalCount - observedOtherTotalCount);
        } else {
          for (let i = 0; i < otherHistogram.countsArrayLength; i++) {
            const otherCount = otherHistogram.getCountAtIndex(i);
            if (otherCount > 0) {
              const otherValue = otherHistogram.valueFromIndex(i);
              if (this.getCountAtValue(otherValue) < otherCount) {
                throw new Error("otherHistogram count (" + otherCount + ") at value " + otherValue + " is larger than this one's (" + this.getCountAtValue(otherValue) + ")");
              }
              this.recordCountAtValue(-otherCount, otherValue);
            }
          }
        }
        if (this.getCountAtValue(this.maxValue) <= 0 || this.getCountAtValue(this.minNonZeroValue) <= 0) {
          this.establishInternalTackingValues();
        }
      }
      establishInternalTackingValues(lengthToCover = this.countsArrayLength) {
        this.maxValue = 0;
        this.minNonZeroValue = Number.MAX_VALUE;
        let maxIndex = -1;
        let minNonZeroIndex = -1;
        let observedTotalCount = 0;
        for (let index = 0; index < lengthToCover; index++) {
          const countAtIndex = this.getCountAtIndex(index);
          if (countAtIndex > 0) {
            observedTotalCount += countAtIndex;
            maxIndex = index;
            if (minNonZeroIndex == -1 && index != 0) {
              minNonZeroIndex = index;
            }
          }
        }
        if (maxIndex >= 0) {
          this.updatedMaxValue(this.highestEquivalentValue(this.valueFromIndex(maxIndex)));
        }
        if (minNonZeroIndex >= 0) {
          this.updateMinNonZeroValue(this.valueFromIndex(minNonZeroIndex));
        }
        this.setTotalCount(observedTotalCount);
      }
      reset() {
        this.clearCounts();
        this.setTotalCount(0);
        this.startTimeStampMsec = 0;
        this.endTimeStampMsec = 0;
        this.tag = Histogram_1.NO_TAG;
        this.maxValue = 0;
        this.minNonZeroValue = Number.MAX_SAFE_INTEGER;
      }
      destroy() {
      }
    };
    exports.JsHistogram = JsHistogram;
    exports.default = JsHistogram;
  }
});

// node_modules/hdr-histogram-js/dist/packedarray/PackedArrayContext.js
var require_PackedArrayContext = __commonJS({
  "node_modules/hdr-histogram-js/dist/packedarray/PackedArrayContext.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PackedArrayContext = exports.MINIMUM_INITIAL_PACKED_ARRAY_CAPACITY = void 0;
    exports.MINIMUM_INITIAL_PACKED_ARRAY_CAPACITY = 16;
    var MAX_SUPPORTED_PACKED_COUNTS_ARRAY_LENGTH = Math.pow(2, 13) - 1;
    var SET_0_START_INDEX = 0;
    var NUMBER_OF_SETS = 8;
    var LEAF_LEVEL_SHIFT = 3;
    var NON_LEAF_ENTRY_SLOT_INDICATORS_OFFSET = 0;
    var NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS = 1;
    var PACKED_ARRAY_GROWTH_INCREMENT = 16;
    var PACKED_ARRAY_GROWTH_FRACTION_POW2 = 4;
    var { pow, ceil, log2, max } = Math;
    var bitCount = (n) => {
      var bits = 0;
      while (n !== 0) {
        bits += bitCount32(n | 0);
        n /= 4294967296;
      }
      return bits;
    };
    var bitCount32 = (n) => {
      n = n - (n >> 1 & 1431655765);
      n = (n & 858993459) + (n >> 2 & 858993459);
      return (n + (n >> 4) & 252645135) * 16843009 >> 24;
    };
    var PackedArrayContext = class _PackedArrayContext {
      constructor(virtualLength, initialPhysicalLength) {
        this.populatedShortLength = 0;
        this.topLevelShift = Number.MAX_VALUE;
        this.physicalLength = Math.max(initialPhysicalLength, exports.MINIMUM_INITIAL_PACKED_ARRAY_CAPACITY);
        this.isPacked = this.physicalLength <= MAX_SUPPORTED_PACKED_COUNTS_ARRAY_LENGTH;
        if (!this.isPacked) {
          this.physicalLength = virtualLength;
        }
        this.array = new ArrayBuffer(this.physicalLength * 8);
        this.initArrayViews(this.array);
        this.init(virtualLength);
      }
      initArrayViews(array) {
        this.byteArray = new Uint8Array(array);
        this.shortArray = new Uint16Array(array);
        this.longArray = new Float64Array(array);
      }
      init(virtualLength) {
        if (!this.isPacked) {
          this.virtualLength = virtualLength;
          return;
        }
        this.populatedShortLength = SET_0_START_INDEX + 8;
        for (let i = 0; i < NUMBER_OF_SETS; i++) {
          this.setAtShortIndex(SET_0_START_INDEX + i, 0);
        }
        this.setVirtualLength(virtualLength);
      }
      clear() {
        this.byteArray.fill(0);
        this.init(this.virtualLength);
      }
      copyAndIncreaseSize(newPhysicalArrayLength, newVirtualArrayLength) {
        const ctx = new _PackedArrayContext(newVirtualArrayLength, newPhysicalArrayLength);
        if (this.isPacked) {
          ctx.populateEquivalentEntriesWithEntriesFromOther(this);
        }
        return ctx;
      }
      getPopulatedShortLength() {
        return this.populatedShortLength;
      }
      getPopulatedLongLength() {
        return this.getPopulatedShortLength() + 3 >> 2;
      }
      setAtByteIndex(byteIndex, value) {
        this.byteArray[byteIndex] = value;
      }
      getAtByteIndex(byteIndex) {
        return this.byteArray[byteIndex];
      }
      /**
       * add a byte value to a current byte value in the array
       * @param byteIndex index of byte value to add to
       * @param valueToAdd byte value to add
       * @return the afterAddValue. ((afterAddValue & 0x100) != 0) indicates a carry.
       */
      addAtByteIndex(byteIndex, valueToAdd) {
        const newValue = this.byteArray[byteIndex] + valueToAdd;
        this.byteArray[byteIndex] = newValue;
        return newValue;
      }
      setPopulatedLongLength(newPopulatedLongLength) {
        this.populatedShortLength = newPopulatedLongLength << 2;
      }
      getVirtualLength() {
        return this.virtualLength;
      }
      length() {
        return this.physicalLength;
      }
      setAtShortIndex(shortIndex, value) {
        this.shortArray[shortIndex] = value;
      }
      setAtLongIndex(longIndex, value) {
        this.longArray[longIndex] = value;
      }
      getAtShortIndex(shortIndex) {
        return this.shortArray[shortIndex];
      }
      getIndexAtShortIndex(shortIndex) {
        return this.shortArray[shortIndex];
      }
      setPackedSlotIndicators(entryIndex, newPackedSlotIndicators) {
        this.setAtShortIndex(entryIndex + NON_LEAF_ENTRY_SLOT_INDICATORS_OFFSET, newPackedSlotIndicators);
      }
      getPackedSlotIndicators(entryIndex) {
        return this.shortArray[entryIndex + NON_LEAF_ENTRY_SLOT_INDICATORS_OFFSET] & 65535;
      }
      getIndexAtEntrySlot(entryIndex, slot) {
        return this.getAtShortIndex(entryIndex + NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS + slot);
      }
      setIndexAtEntrySlot(entryIndex, slot, newIndexValue) {
        this.setAtShortIndex(entryIndex + NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS + slot, newIndexValue);
      }
      expandArrayIfNeeded(entryLengthInLongs) {
        const currentLength = this.length();
        if (currentLength < this.getPopulatedLongLength() + entryLengthInLongs) {
          const growthIncrement = max(entryLengthInLongs, PACKED_ARRAY_GROWTH_INCREMENT, this.getPopulatedLongLength() >> PACKED_ARRAY_GROWTH_FRACTION_POW2);
          this.resizeArray(currentLength + growthIncrement);
        }
      }
      newEntry(entryLengthInShorts) {
        const newEntryIndex = this.populatedShortLength;
        this.expandArrayIfNeeded((entryLengthInShorts >> 2) + 1);
        this.populatedShortLength = newEntryIndex + entryLengthInShorts;
        for (let i = 0; i < entryLengthInShorts; i++) {
          this.setAtShortIndex(newEntryIndex + i, -1);
        }
        return newEntryIndex;
      }
      newLeafEntry() {
        let newEntryIndex;
        newEntryIndex = this.getPopulatedLongLength();
        this.expandArrayIfNeeded(1);
        this.setPopulatedLongLength(newEntryIndex + 1);
        this.setAtLongIndex(newEntryIndex, 0);
        return newEntryIndex;
      }
      /**
       * Consolidate entry with previous entry verison if one exists
       *
       * @param entryIndex The shortIndex of the entry to be consolidated
       * @param previousVersionIndex the index of the previous version of the entry
       */
      consolidateEntry(entryIndex, previousVersionIndex) {
        const previousVersionPackedSlotsIndicators = this.getPackedSlotIndicators(previousVersionIndex);
        const packedSlotsIndicators = this.getPackedSlotIndicators(entryIndex);
        const insertedSlotMask = packedSlotsIndicators ^ previousVersionPackedSlotsIndicators;
        const slotsBelowBitNumber = packedSlotsIndicators & insertedSlotMask - 1;
        const insertedSlotIndex = bitCount(slotsBelowBitNumber);
        const numberOfSlotsInEntry = bitCount(packedSlotsIndicators);
        let sourceSlot = 0;
        for (let targetSlot = 0; targetSlot < numberOfSlotsInEntry; targetSlot++) {
          if (targetSlot !== insertedSlotIndex) {
            const indexAtSlot = this.getIndexAtEntrySlot(previousVersionIndex, sourceSlot);
            if (indexAtSlot !== 0) {
              this.setIndexAtEntrySlot(entryIndex, targetSlot, indexAtSlot);
            }
            sourceSlot++;
          }
        }
      }
      /**
       * Expand entry as indicated.
       *
       * @param existingEntryIndex the index of the entry
       * @param entryPointerIndex  index to the slot pointing to the entry (needs to be fixed up)
       * @param insertedSlotIndex  realtive [packed] index of slot being inserted into entry
       * @param insertedSlotMask   mask value fo slot being inserted
       * @param nextLevelIsLeaf    the level below this one is a leaf level
       * @return the updated index of the entry (-1 if epansion failed due to conflict)
       * @throws RetryException if expansion fails due to concurrent conflict, and caller should try again.
       */
      expandEntry(existingEntryIndex, entryPointerIndex, insertedSlotIndex, insertedSlotMask, nextLevelIsLeaf) {
        let packedSlotIndicators = this.getAtShortIndex(existingEntryIndex) & 65535;
        packedSlotIndicators |= insertedSlotMask;
        const numberOfslotsInExpandedEntry = bitCount(packedSlotIndicators);
        if (insertedSlotIndex >= numberOfslotsInExpandedEntry) {
          throw new Error("inserted slot index is out of range given provided masks");
        }
        const expandedEntryLength = numberOfslotsInExpandedEntry + NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS;
        let indexOfNewNextLevelEntry = 0;
        if (nextLevelIsLeaf) {
          indexOfNewNextLevelEntry = this.newLeafEntry();
        } else {
          indexOfNewNextLevelEntry = this.newEntry(NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS);
          this.setPackedSlotIndicators(indexOfNewNextLevelEntry, 0);
        }
        const insertedSlotValue = indexOfNewNextLevelEntry;
        const expandedEntryIndex = this.newEntry(expandedEntryLength);
        this.setPackedSlotIndicators(expandedEntryIndex, packedSlotIndicators);
        this.setIndexAtEntrySlot(expandedEntryIndex, insertedSlotIndex, insertedSlotValue);
        this.setAtShortIndex(entryPointerIndex, expandedEntryIndex);
        this.consolidateEntry(expandedEntryIndex, existingEntryIndex);
        return expandedEntryIndex;
      }
      //
      //   ######   ######## ########    ##     ##    ###    ##             ## #### ##    ## ########  ######## ##     ##
      //  ##    ##  ##          ##       ##     ##   ## ##   ##            ##   ##  ###   ## ##     ## ##        ##   ##
      //  ##        ##          ##       ##     ##  ##   ##  ##           ##    ##  ####  ## ##     ## ##         ## ##
      //  ##   #### ######      ##       ##     ## ##     ## ##          ##     ##  ## ## ## ##     ## ######      ###
      //  ##    ##  ##          ##        ##   ##  ######### ##         ##      ##  ##  #### ##     ## ##         ## ##
      //  ##    ##  ##          ##         ## ##   ##     ## ##        ##       ##  ##   ### ##     ## ##        ##   ##
      //   ######   ########    ##          ###    ##     ## ######## ##       #### ##    ## ########  ######## ##     ##
      //
      getRootEntry(setNumber, insertAsNeeded = false) {
        const entryPointerIndex = SET_0_START_INDEX + setNumber;
        let entryIndex = this.getIndexAtShortIndex(entryPointerIndex);
        if (entryIndex == 0) {
          if (!insertAsNeeded) {
            return 0;
          }
          entryIndex = this.newEntry(NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS);
          this.setPackedSlotIndicators(entryIndex, 0);
          this.setAtShortIndex(entryPointerIndex, entryIndex);
        }
        return entryIndex;
      }
      /**
       * Get the byte-index (into the packed array) corresponding to a given (set tree) value byte of given virtual index.
       * Inserts new set tree nodes as needed if indicated.
       *
       * @param setNumber      The set tree number (0-7, 0 corresponding with the LSByte set tree)
       * @param virtualIndex   The virtual index into the PackedArray
       * @param insertAsNeeded If true, will insert new set tree nodes as needed if they do not already exist
       * @return the byte-index corresponding to the given (set tree) value byte of the given virtual index
       */
      getPackedIndex(setNumber, virtualIndex, insertAsNeeded) {
        if (virtualIndex >= this.virtualLength) {
          throw new Error(`Attempting access at index ${virtualIndex}, beyond virtualLength ${this.virtualLength}`);
        }
        let entryPointerIndex = SET_0_START_INDEX + setNumber;
        let entryIndex = this.getRootEntry(setNumber, insertAsNeeded);
        if (entryIndex == 0) {
          return -1;
        }
        for (let indexShift = this.topLevelShift; indexShift >= LEAF_LEVEL_SHIFT; indexShift -= 4) {
          const nextLevelIsLeaf = indexShift === LEAF_LEVEL_SHIFT;
          const packedSlotIndicators = this.getPackedSlotIndicators(entryIndex);
          const slotBitNumber = virtualIndex / pow(2, indexShift) & 15;
          const slotMask = 1 << slotBitNumber;
          const slotsBelowBitNumber = packedSlotIndicators & slotMask - 1;
          const slotNumber = bitCount(slotsBelowBitNumber);
          if ((packedSlotIndicators & slotMask) === 0) {
            if (!insertAsNeeded) {
              return -1;
            }
            entryIndex = this.expandEntry(entryIndex, entryPointerIndex, slotNumber, slotMask, nextLevelIsLeaf);
          }
          entryPointerIndex = entryIndex + NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS + slotNumber;
          entryIndex = this.getIndexAtShortIndex(entryPointerIndex);
        }
        const byteIndex = (entryIndex << 3) + (virtualIndex & 7);
        return byteIndex;
      }
      determineTopLevelShiftForVirtualLength(virtualLength) {
        const sizeMagnitude = ceil(log2(virtualLength));
        const eightsSizeMagnitude = sizeMagnitude - 3;
        let multipleOfFourSizeMagnitude = ceil(eightsSizeMagnitude / 4) * 4;
        multipleOfFourSizeMagnitude = max(multipleOfFourSizeMagnitude, 8);
        const topLevelShiftNeeded = multipleOfFourSizeMagnitude - 4 + 3;
        return topLevelShiftNeeded;
      }
      setVirtualLength(virtualLength) {
        if (!this.isPacked) {
          throw new Error("Should never be adjusting the virtual size of a non-packed context");
        }
        this.topLevelShift = this.determineTopLevelShiftForVirtualLength(virtualLength);
        this.virtualLength = virtualLength;
      }
      getTopLevelShift() {
        return this.topLevelShift;
      }
      //
      //  ##     ##         ########   #######  ########  ##     ## ##          ###    ######## ########
      //   ##   ##          ##     ## ##     ## ##     ## ##     ## ##         ## ##      ##    ##
      //    ## ##           ##     ## ##     ## ##     ## ##     ## ##        ##   ##     ##    ##
      //     ###    ####### ########  ##     ## ########  ##     ## ##       ##     ##    ##    ######
      //    ## ##           ##        ##     ## ##        ##     ## ##       #########    ##    ##
      //   ##   ##          ##        ##     ## ##        ##     ## ##       ##     ##    ##    ##
      //  ##     ##         ##         #######  ##         #######  ######## ##     ##    ##    ########
      //
      resizeArray(newLength) {
        const tmp = new Uint8Array(newLength * 8);
        tmp.set(this.byteArray);
        this.array = tmp.buffer;
        this.initArrayViews(this.array);
        this.physicalLength = newLength;
      }
      populateEquivalentEntriesWithEntriesFromOther(other) {
        if (this.virtualLength < other.getVirtualLength()) {
          throw new Error("Cannot populate array of smaller virtual length");
        }
        for (let i = 0; i < NUMBER_OF_SETS; i++) {
          const otherEntryIndex = other.getAtShortIndex(SET_0_START_INDEX + i);
          if (otherEntryIndex == 0)
            continue;
          let entryIndexPointer = SET_0_START_INDEX + i;
          for (let i2 = this.topLevelShift; i2 > other.topLevelShift; i2 -= 4) {
            const sizeOfEntry = NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS + 1;
            const newEntryIndex = this.newEntry(sizeOfEntry);
            this.setAtShortIndex(entryIndexPointer, newEntryIndex);
            this.setPackedSlotIndicators(newEntryIndex, 1);
            entryIndexPointer = newEntryIndex + NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS;
          }
          this.copyEntriesAtLevelFromOther(other, otherEntryIndex, entryIndexPointer, other.topLevelShift);
        }
      }
      copyEntriesAtLevelFromOther(other, otherLevelEntryIndex, levelEntryIndexPointer, otherIndexShift) {
        const nextLevelIsLeaf = otherIndexShift == LEAF_LEVEL_SHIFT;
        const packedSlotIndicators = other.getPackedSlotIndicators(otherLevelEntryIndex);
        const numberOfSlots = bitCount(packedSlotIndicators);
        const sizeOfEntry = NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS + numberOfSlots;
        const entryIndex = this.newEntry(sizeOfEntry);
        this.setAtShortIndex(levelEntryIndexPointer, entryIndex);
        this.setAtShortIndex(entryIndex + NON_LEAF_ENTRY_SLOT_INDICATORS_OFFSET, packedSlotIndicators);
        for (let i = 0; i < numberOfSlots; i++) {
          if (nextLevelIsLeaf) {
            const leafEntryIndex = this.newLeafEntry();
            this.setIndexAtEntrySlot(entryIndex, i, leafEntryIndex);
            const otherNextLevelEntryIndex = other.getIndexAtEntrySlot(otherLevelEntryIndex, i);
            this.longArray[leafEntryIndex] = other.longArray[otherNextLevelEntryIndex];
          } else {
            const otherNextLevelEntryIndex = other.getIndexAtEntrySlot(otherLevelEntryIndex, i);
            this.copyEntriesAtLevelFromOther(other, otherNextLevelEntryIndex, entryIndex + NON_LEAF_ENTRY_HEADER_SIZE_IN_SHORTS + i, otherIndexShift - 4);
          }
        }
      }
      getAtUnpackedIndex(index) {
        return this.longArray[index];
      }
      setAtUnpackedIndex(index, newValue) {
        this.longArray[index] = newValue;
      }
      lazysetAtUnpackedIndex(index, newValue) {
        this.longArray[index] = newValue;
      }
      incrementAndGetAtUnpackedIndex(index) {
        this.longArray[index]++;
        return this.longArray[index];
      }
      addAndGetAtUnpackedIndex(index, valueToAdd) {
        this.longArray[index] += valueToAdd;
        return this.longArray[index];
      }
      //
      //   ########  #######           ######  ######## ########  #### ##    ##  ######
      //      ##    ##     ##         ##    ##    ##    ##     ##  ##  ###   ## ##    ##
      //      ##    ##     ##         ##          ##    ##     ##  ##  ####  ## ##
      //      ##    ##     ## #######  ######     ##    ########   ##  ## ## ## ##   ####
      //      ##    ##     ##               ##    ##    ##   ##    ##  ##  #### ##    ##
      //      ##    ##     ##         ##    ##    ##    ##    ##   ##  ##   ### ##    ##
      //      ##     #######           ######     ##    ##     ## #### ##    ##  ######
      //
      nonLeafEntryToString(entryIndex, indexShift, indentLevel) {
        let output = "";
        for (let i = 0; i < indentLevel; i++) {
          output += "  ";
        }
        try {
          const packedSlotIndicators = this.getPackedSlotIndicators(entryIndex);
          output += `slotIndiators: 0x${toHex(packedSlotIndicators)}, prevVersionIndex: 0: [ `;
          const numberOfslotsInEntry = bitCount(packedSlotIndicators);
          for (let i = 0; i < numberOfslotsInEntry; i++) {
            output += this.getIndexAtEntrySlot(entryIndex, i);
            if (i < numberOfslotsInEntry - 1) {
              output += ", ";
            }
          }
          output += ` ] (indexShift = ${indexShift})
`;
          const nextLevelIsLeaf = indexShift == LEAF_LEVEL_SHIFT;
          for (let i = 0; i < numberOfslotsInEntry; i++) {
            const nextLevelEntryIndex = this.getIndexAtEntrySlot(entryIndex, i);
            if (nextLevelIsLeaf) {
              output += this.leafEntryToString(nextLevelEntryIndex, indentLevel + 4);
            } else {
              output += this.nonLeafEntryToString(nextLevelEntryIndex, indexShift - 4, indentLevel + 4);
            }
          }
        } catch (ex) {
          output += `Exception thrown at nonLeafEnty at index ${entryIndex} with indexShift ${indexShift}
`;
        }
        return output;
      }
      leafEntryToString(entryIndex, indentLevel) {
        let output = "";
        for (let i = 0; i < indentLevel; i++) {
          output += "  ";
        }
        try {
          output += "Leaf bytes : ";
          for (let i = 0; i < 8; i++) {
            output += `0x${toHex(this.byteArray[entryIndex * 8 + i])} `;
          }
          output += "\n";
        } catch (ex) {
          output += `Exception thrown at leafEnty at index ${entryIndex}
`;
        }
        return output;
      }
      toString() {
        let output = "PackedArrayContext:\n";
        if (!this.isPacked) {
          return output + "Context is unpacked:\n";
        }
        for (let setNumber = 0; setNumber < NUMBER_OF_SETS; setNumber++) {
          try {
            const entryPointerIndex = SET_0_START_INDEX + setNumber;
            const entryIndex = this.getIndexAtShortIndex(entryPointerIndex);
            output += `Set ${setNumber}: root = ${entryIndex} 
`;
            if (entryIndex == 0)
              continue;
            output += this.nonLeafEntryToString(entryIndex, this.topLevelShift, 4);
          } catch (ex) {
            output += `Exception thrown in set ${setNumber}%d
`;
          }
        }
        return output;
      }
    };
    exports.PackedArrayContext = PackedArrayContext;
    var toHex = (n) => {
      return Number(n).toString(16).padStart(2, "0");
    };
  }
});

// node_modules/hdr-histogram-js/dist/packedarray/PackedArray.js
var require_PackedArray = __commonJS({
  "node_modules/hdr-histogram-js/dist/packedarray/PackedArray.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PackedArray = void 0;
    var PackedArrayContext_1 = require_PackedArrayContext();
    var NUMBER_OF_SETS = 8;
    var { pow, floor } = Math;
    var PackedArray = class {
      constructor(virtualLength, initialPhysicalLength = PackedArrayContext_1.MINIMUM_INITIAL_PACKED_ARRAY_CAPACITY) {
        this.arrayContext = new PackedArrayContext_1.PackedArrayContext(virtualLength, initialPhysicalLength);
      }
      setVirtualLength(newVirtualArrayLength) {
        if (newVirtualArrayLength < this.length()) {
          throw new Error("Cannot set virtual length, as requested length " + newVirtualArrayLength + " is smaller than the current virtual length " + this.length());
        }
        const currentArrayContext = this.arrayContext;
        if (currentArrayContext.isPacked && currentArrayContext.determineTopLevelShiftForVirtualLength(newVirtualArrayLength) == currentArrayContext.getTopLevelShift()) {
          currentArrayContext.setVirtualLength(newVirtualArrayLength);
          return;
        }
        this.arrayContext = currentArrayContext.copyAndIncreaseSize(this.getPhysicalLength(), newVirtualArrayLength);
      }
      /**
       * Get value at virtual index in the array
       * @param index the virtual array index
       * @return the array value at the virtual index given
       */
      get(index) {
        let value = 0;
        for (let byteNum = 0; byteNum < NUMBER_OF_SETS; byteNum++) {
          let byteValueAtPackedIndex = 0;
          if (!this.arrayContext.isPacked) {
            return this.arrayContext.getAtUnpackedIndex(index);
          }
          const packedIndex = this.arrayContext.getPackedIndex(byteNum, index, false);
          if (packedIndex < 0) {
            return value;
          }
          byteValueAtPackedIndex = this.arrayContext.getAtByteIndex(packedIndex) * pow(2, byteNum << 3);
          value += byteValueAtPackedIndex;
        }
        return value;
      }
      /**
       * Increment value at a virrual index in the array
       * @param index virtual index of value to increment
       */
      increment(index) {
        this.add(index, 1);
      }
      safeGetPackedIndexgetPackedIndex(setNumber, virtualIndex) {
        return this.arrayContext.getPackedIndex(setNumber, virtualIndex, true);
      }
      /**
       * Add to a value at a virtual index in the array
       * @param index the virtual index of the value to be added to
       * @param value the value to add
       */
      add(index, value) {
        let remainingValueToAdd = value;
        for (let byteNum = 0, byteShift = 0; byteNum < NUMBER_OF_SETS; byteNum++, byteShift += 8) {
          if (!this.arrayContext.isPacked) {
            this.arrayContext.addAndGetAtUnpackedIndex(index, value);
            return;
          }
          const packedIndex = this.safeGetPackedIndexgetPackedIndex(byteNum, index);
          const byteToAdd = remainingValueToAdd & 255;
          const afterAddByteValue = this.arrayContext.addAtByteIndex(packedIndex, byteToAdd);
          remainingValueToAdd -= byteToAdd;
          remainingValueToAdd = remainingValueToAdd / pow(2, 8);
          remainingValueToAdd += floor(afterAddByteValue / pow(2, 8));
          if (remainingValueToAdd == 0) {
            return;
          }
        }
      }
      /**
       * Set the value at a virtual index in the array
       * @param index the virtual index of the value to set
       * @param value the value to set
       */
      set(index, value) {
        let bytesAlreadySet = 0;
        let valueForNextLevels = value;
        for (let byteNum = 0; byteNum < NUMBER_OF_SETS; byteNum++) {
          if (!this.arrayContext.isPacked) {
            this.arrayContext.setAtUnpackedIndex(index, value);
            return;
          }
          if (valueForNextLevels == 0) {
            const packedIndex2 = this.arrayContext.getPackedIndex(byteNum, index, false);
            if (packedIndex2 < 0) {
              return;
            }
          }
          const packedIndex = this.arrayContext.getPackedIndex(byteNum, index, true);
          const byteToWrite = valueForNextLevels & 255;
          valueForNextLevels = floor(valueForNextLevels / pow(2, 8));
          if (byteNum < bytesAlreadySet) {
            continue;
          }
          this.arrayContext.setAtByteIndex(packedIndex, byteToWrite);
          bytesAlreadySet++;
        }
      }
      /**
       * Get the current physical length (in longs) of the array's backing storage
       * @return the current physical length (in longs) of the array's current backing storage
       */
      getPhysicalLength() {
        return this.arrayContext.physicalLength;
      }
      /**
       * Get the (virtual) length of the array
       * @return the (virtual) length of the array
       */
      length() {
        return this.arrayContext.getVirtualLength();
      }
      /**
       * Clear the array contents
       */
      clear() {
        this.arrayContext.clear();
      }
      toString() {
        let output = "PackedArray:\n";
        output += this.arrayContext.toString();
        return output;
      }
    };
    exports.PackedArray = PackedArray;
  }
});

// node_modules/hdr-histogram-js/dist/PackedHistogram.js
var require_PackedHistogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/PackedHistogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var JsHistogram_1 = require_JsHistogram();
    var PackedArray_1 = require_PackedArray();
    var PackedHistogram = class _PackedHistogram extends JsHistogram_1.default {
      constructor(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        super(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
        this._totalCount = 0;
        this.packedCounts = new PackedArray_1.PackedArray(this.countsArrayLength);
      }
      clearCounts() {
        this.packedCounts.clear();
      }
      incrementCountAtIndex(index) {
        this.packedCounts.increment(index);
      }
      addToCountAtIndex(index, value) {
        this.packedCounts.add(index, value);
      }
      setCountAtIndex(index, value) {
        this.packedCounts.set(index, value);
      }
      resize(newHighestTrackableValue) {
        this.establishSize(newHighestTrackableValue);
        this.packedCounts.setVirtualLength(this.countsArrayLength);
      }
      getCountAtIndex(index) {
        return this.packedCounts.get(index);
      }
      _getEstimatedFootprintInBytes() {
        return 192 + 8 * this.packedCounts.getPhysicalLength();
      }
      copyCorrectedForCoordinatedOmission(expectedIntervalBetweenValueSamples) {
        const copy = new _PackedHistogram(this.lowestDiscernibleValue, this.highestTrackableValue, this.numberOfSignificantValueDigits);
        copy.addWhileCorrectingForCoordinatedOmission(this, expectedIntervalBetweenValueSamples);
        return copy;
      }
      toString() {
        return `PackedHistogram ${JSON.stringify(this, null, 2)}`;
      }
    };
    exports.default = PackedHistogram;
  }
});

// node_modules/hdr-histogram-js/dist/TypedArrayHistogram.js
var require_TypedArrayHistogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/TypedArrayHistogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var JsHistogram_1 = require_JsHistogram();
    var TypedArrayHistogram = class _TypedArrayHistogram extends JsHistogram_1.default {
      constructor(arrayCtr, lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        super(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
        this.arrayCtr = arrayCtr;
        this._totalCount = 0;
        this._counts = new arrayCtr(this.countsArrayLength);
      }
      clearCounts() {
        this._counts.fill(0);
      }
      incrementCountAtIndex(index) {
        const currentCount = this._counts[index];
        const newCount = currentCount + 1;
        if (newCount < 0) {
          throw newCount + " would overflow short integer count";
        }
        this._counts[index] = newCount;
      }
      addToCountAtIndex(index, value) {
        const currentCount = this._counts[index];
        const newCount = currentCount + value;
        if (newCount < Number.MIN_SAFE_INTEGER || newCount > Number.MAX_SAFE_INTEGER) {
          throw newCount + " would overflow integer count";
        }
        this._counts[index] = newCount;
      }
      setCountAtIndex(index, value) {
        if (value < Number.MIN_SAFE_INTEGER || value > Number.MAX_SAFE_INTEGER) {
          throw value + " would overflow integer count";
        }
        this._counts[index] = value;
      }
      resize(newHighestTrackableValue) {
        this.establishSize(newHighestTrackableValue);
        const newCounts = new this.arrayCtr(this.countsArrayLength);
        newCounts.set(this._counts);
        this._counts = newCounts;
      }
      getCountAtIndex(index) {
        return this._counts[index];
      }
      _getEstimatedFootprintInBytes() {
        return 1024 + this._counts.BYTES_PER_ELEMENT * this._counts.length;
      }
      copyCorrectedForCoordinatedOmission(expectedIntervalBetweenValueSamples) {
        const copy = new _TypedArrayHistogram(this.arrayCtr, this.lowestDiscernibleValue, this.highestTrackableValue, this.numberOfSignificantValueDigits);
        copy.addWhileCorrectingForCoordinatedOmission(this, expectedIntervalBetweenValueSamples);
        return copy;
      }
      toString() {
        return `Histogram ${this._counts.BYTES_PER_ELEMENT * 8}b ${JSON.stringify(this, null, 2)}`;
      }
    };
    exports.default = TypedArrayHistogram;
  }
});

// node_modules/hdr-histogram-js/dist/Int8Histogram.js
var require_Int8Histogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/Int8Histogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var TypedArrayHistogram_1 = require_TypedArrayHistogram();
    var Int8Histogram = class extends TypedArrayHistogram_1.default {
      constructor(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        super(Uint8Array, lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
      }
    };
    exports.default = Int8Histogram;
  }
});

// node_modules/hdr-histogram-js/dist/Int16Histogram.js
var require_Int16Histogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/Int16Histogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var TypedArrayHistogram_1 = require_TypedArrayHistogram();
    var Int16Histogram = class extends TypedArrayHistogram_1.default {
      constructor(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        super(Uint16Array, lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
      }
    };
    exports.default = Int16Histogram;
  }
});

// node_modules/hdr-histogram-js/dist/Int32Histogram.js
var require_Int32Histogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/Int32Histogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var TypedArrayHistogram_1 = require_TypedArrayHistogram();
    var Int32Histogram2 = class extends TypedArrayHistogram_1.default {
      constructor(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        super(Uint32Array, lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
      }
    };
    exports.default = Int32Histogram2;
  }
});

// node_modules/hdr-histogram-js/dist/Float64Histogram.js
var require_Float64Histogram = __commonJS({
  "node_modules/hdr-histogram-js/dist/Float64Histogram.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var TypedArrayHistogram_1 = require_TypedArrayHistogram();
    var Float64Histogram = class extends TypedArrayHistogram_1.default {
      constructor(lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits) {
        super(Float64Array, lowestDiscernibleValue, highestTrackableValue, numberOfSignificantValueDigits);
      }
    };
    exports.default = Float64Histogram;
  }
});

// node_modules/hdr-histogram-js/dist/JsHistogramFactory.js
var require_JsHistogramFactory = __commonJS({
  "node_modules/hdr-histogram-js/dist/JsHistogramFactory.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.constructorFromBucketSize = constructorFromBucketSize2;
    var PackedHistogram_1 = require_PackedHistogram();
    var Int8Histogram_1 = require_Int8Histogram();
    var Int16Histogram_1 = require_Int16Histogram();
    var Int32Histogram_1 = require_Int32Histogram();
    var Float64Histogram_1 = require_Float64Histogram();
    function constructorFromBucketSize2(bitBucketSize) {
      switch (bitBucketSize) {
        case "packed":
          return PackedHistogram_1.default;
        case 8:
          return Int8Histogram_1.default;
        case 16:
          return Int16Histogram_1.default;
        case 32:
          return Int32Histogram_1.default;
        case 64:
          return Float64Histogram_1.default;
        default:
          throw new Error("Incorrect parameter bitBucketSize");
      }
    }
  }
});

// src/engine/worker-entry.ts
import { parentPort, workerData } from "node:worker_threads";

// src/core/errors.ts
var ExitCode = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  stack: 3,
  /** A bug of ours: the message has the stack trace. */
  internal: 4,
  sigint: 130,
  sigterm: 143
};
var INTERNAL_HINT = "this is a bug in llm-load: please report it with the lines above (they hold no secrets)";
var LlmLoadError = class extends Error {
  constructor(message, exitCode, hint) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
    this.name = new.target.name;
  }
  exitCode;
  hint;
};
var ConfigError = class extends LlmLoadError {
  constructor(message, hint) {
    super(message, ExitCode.usage, hint);
  }
};
var StackError = class extends LlmLoadError {
  constructor(message, hint) {
    super(message, ExitCode.stack, hint);
  }
};

// src/core/secrets.ts
var MASK = "***";
var secrets = /* @__PURE__ */ new Set();
function registerSecret(value) {
  if (!value || value.length < 4) return;
  const base64 = Buffer.from(value, "utf8").toString("base64");
  for (const form of [value, encodeURIComponent(value), base64, base64.replace(/=+$/, "")]) secrets.add(form);
}
function scrub(text) {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

// src/config/capacity.ts
function searchOf(profile) {
  if (profile.capacity) return profile.capacity;
  const load = profile.load;
  if (load.shape !== "stress") return void 0;
  return {
    vary: "vus",
    mode: "step",
    start: load.start ?? 100,
    step: load.step ?? 100,
    max: load.max ?? 1e3,
    step_duration: load.step_duration ?? 6e4,
    slo: load.limits ?? { error_rate: "<5%", "latency.p95": "<2s" }
  };
}

// src/config/load-fields.ts
var NEEDS = {
  "constant-vus": { vus: "vus (e.g. vus: 10)", duration: "duration (e.g. duration: 30s)" },
  "ramping-vus": { stages: "stages (e.g. [{duration: 1m, target: 10}])" },
  "constant-arrival-rate": {
    rate: "rate (iterations per time_unit, e.g. rate: 50)",
    duration: "duration (e.g. duration: 1m)"
  },
  "ramping-arrival-rate": { stages: "stages of target rates (e.g. [{duration: 1m, target: 50}])" }
};
function checkLoadFields(load) {
  if (load.shape) return;
  const executor = load.executor ?? "constant-vus";
  for (const [field, what] of Object.entries(NEEDS[executor])) {
    if (load[field] === void 0)
      throw new ConfigError(
        `load.${field}: ${executor} needs ${what}`,
        "see the load models in the README for the fields each executor takes"
      );
  }
}

// src/engine/vu.ts
import { performance as performance3 } from "node:perf_hooks";

// src/protocols/stream.ts
import { performance as performance2 } from "node:perf_hooks";

// src/protocols/sse.ts
import { StringDecoder } from "node:string_decoder";
var SSE_LIMITS = { maxLine: 1024 * 1024, maxEvent: 1024 * 1024 };
var SseParser = class {
  constructor(onEvent, limits = SSE_LIMITS) {
    this.onEvent = onEvent;
    this.limits = limits;
  }
  onEvent;
  limits;
  decoder = new StringDecoder("utf8");
  /** The decoder may hold the first bytes of a character split across chunks. */
  decoding = false;
  partial = "";
  /** The previous chunk ended in "\r": a "\n" starting the next one belongs to the same line break. */
  pendingCr = false;
  eventName = "";
  data = "";
  hasData = false;
  lastId;
  /** Why the parser stopped: a line or an event grew past its limit. Cleared by end(). */
  overflow;
  /** Reads `chunk` (of a Buffer, the bytes from `from` to `to`). */
  push(chunk, from = 0, to = chunk.length) {
    if (this.overflow !== void 0) return;
    let text = typeof chunk === "string" ? chunk : this.decode(chunk, from, to);
    if (text === "") return;
    if (this.pendingCr && text.charCodeAt(0) === 10) text = text.slice(1);
    this.pendingCr = false;
    const length = text.length;
    let cr = text.indexOf("\r");
    let start = 0;
    while (start < length) {
      if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
      const lf = text.indexOf("\n", start);
      let end;
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        end = cr;
        if (cr + 1 === length) this.pendingCr = true;
      } else if (lf !== -1) end = lf;
      else break;
      const line = this.partial + text.slice(start, end);
      this.partial = "";
      start = end === cr && text.charCodeAt(cr + 1) === 10 ? cr + 2 : end + 1;
      this.line(line);
      if (this.overflow !== void 0) return;
    }
    if (start < length) {
      if (this.partial.length + length - start > this.limits.maxLine) {
        this.stop(`an SSE line grew past ${this.limits.maxLine} characters without ending (the limit, stream.max_line)`);
        return;
      }
      this.partial += text.slice(start);
    }
  }
  stop(reason) {
    this.overflow = reason;
    this.partial = "";
    this.reset();
  }
  /**
   * The stream ended: an event without its closing blank line is dropped, as the spec says. The parser is
   * then as new, ready for another stream.
   */
  end() {
    this.decoder.end();
    this.decoding = false;
    this.partial = "";
    this.pendingCr = false;
    this.lastId = void 0;
    this.overflow = void 0;
    this.reset();
  }
  /**
   * Most chunks end on a whole ASCII character with nothing held from the last one: those are decoded in
   * place. Only a chunk that ends inside (or just after) a multi-byte character goes through the decoder,
   * which keeps an incomplete one for the next chunk.
   */
  decode(data, start, end) {
    const ascii = end === start || data[end - 1] < 128;
    if (!this.decoding && ascii) return data.toString("utf8", start, end);
    this.decoding = !ascii;
    return this.decoder.write(start === 0 && end === data.length ? data : data.subarray(start, end));
  }
  reset() {
    this.eventName = "";
    this.data = "";
    this.hasData = false;
  }
  line(line) {
    if (line === "") {
      if (this.hasData) this.onEvent({ event: this.eventName || "message", data: this.data, id: this.lastId });
      this.reset();
      return;
    }
    if (line.charCodeAt(0) === 58) return;
    let colon = line.indexOf(":");
    if (colon < 0) colon = line.length;
    const field = colon === 4 && line.startsWith("data") ? "data" : colon === 5 && line.startsWith("event") ? "event" : colon === 2 && line.startsWith("id") ? "id" : void 0;
    if (field === void 0) return;
    const value = line.slice(line.charCodeAt(colon + 1) === 32 ? colon + 2 : colon + 1);
    if (field === "data") {
      if (this.data.length + value.length >= this.limits.maxEvent) {
        this.stop(`an SSE event's data grew past ${this.limits.maxEvent} characters (the limit, stream.max_event)`);
        return;
      }
      this.data = this.hasData ? `${this.data}
${value}` : value;
      this.hasData = true;
    } else if (field === "event") this.eventName = value;
    else if (!value.includes("\0")) this.lastId = value;
  }
};

// src/protocols/stream.ts
var StreamTracker = class {
  start = 0;
  /** Time the current chunk arrived; set once per chunk, read by every event in it. */
  now = 0;
  firstContent;
  firstOutput;
  lastContent = 0;
  contentEvents = 0;
  /** Tokens the content events carried (one each, unless the server said more). */
  eventTokens = 0;
  usageTokens;
  gaps = new Float64Array(256);
  gapTokens = new Uint32Array(256);
  gapCount = 0;
  finishReason;
  failure;
  /** Whether the protocol's own end marker arrived ([DONE], message_stop, a finish reason). */
  completed = false;
  parser;
  /** How far one line or event of the stream may grow. */
  limits = SSE_LIMITS;
  begin(start) {
    this.start = start;
    this.firstContent = this.firstOutput = this.usageTokens = void 0;
    this.lastContent = 0;
    this.contentEvents = 0;
    this.eventTokens = 0;
    this.gapCount = 0;
    this.finishReason = this.failure = void 0;
    this.completed = false;
    if (this.streaming) (this.parser ??= new SseParser((event) => this.failure === void 0 && this.onEvent(event), this.limits)).end();
  }
  /**
   * Feeds the bytes `data[start, end)` of a streamed body, stamped with their arrival time. Returns why the
   * stream must be dropped (a line or event past its limit), else undefined.
   */
  chunk(data, now, start = 0, end = data.length) {
    this.now = now;
    const parser = this.parser;
    parser.push(data, start, end);
    if (parser.overflow === void 0) return void 0;
    this.fail(parser.overflow);
    return parser.overflow;
  }
  /** `chunk` stamped with now, bound once so the hot path passes it without a new closure per request. */
  consume = (data, start, end) => this.chunk(data, performance2.now(), start, end);
  output() {
    if (this.firstOutput === void 0) this.firstOutput = this.now;
  }
  /** A content event carrying `tokens` tokens; its gap since the previous one is spread over them. */
  content(tokens = 1) {
    this.output();
    if (this.firstContent === void 0) this.firstContent = this.now;
    else {
      if (this.gapCount === this.gaps.length) this.grow();
      this.gaps[this.gapCount] = this.now - this.lastContent;
      this.gapTokens[this.gapCount++] = Math.max(1, tokens);
    }
    this.lastContent = this.now;
    this.contentEvents++;
    this.eventTokens += Math.max(1, tokens);
  }
  usage(outputTokens) {
    if (typeof outputTokens === "number" && Number.isFinite(outputTokens)) this.usageTokens = outputTokens;
  }
  fail(message) {
    this.failure ??= message;
  }
  grow() {
    const gaps = new Float64Array(this.gaps.length * 2);
    gaps.set(this.gaps);
    const tokens = new Uint32Array(this.gapTokens.length * 2);
    tokens.set(this.gapTokens);
    this.gaps = gaps;
    this.gapTokens = tokens;
  }
  /** The whole body of a non-streaming response arrived at `now`. */
  json(body, now) {
    this.now = now;
    let parsed;
    try {
      parsed = JSON.parse(body);
    } catch {
      this.fail(`response is not JSON: ${JSON.stringify(scrub(body).slice(0, 80))}`);
      return;
    }
    this.onJson(parsed);
    this.completed = true;
  }
  finish(end) {
    this.parser?.end();
    if (this.failure !== void 0) return { ok: false, error: "stream_error", message: this.failure };
    if (!this.completed) return { ok: false, error: "stream_error", message: "the stream ended before its end marker" };
    if (this.firstOutput === void 0) return { ok: false, error: "no_content", message: "the response had no content" };
    const usage = this.usageTokens !== void 0 && (this.usageTokens > 0 || this.eventTokens === 0) ? this.usageTokens : void 0;
    const outputTokens = usage ?? this.eventTokens;
    const ttft = this.firstContent === void 0 ? void 0 : this.firstContent - this.start;
    const e2e = end - this.start;
    return {
      ok: true,
      measures: {
        ttftMs: ttft,
        ttfoMs: this.firstOutput - this.start,
        e2eMs: e2e,
        tpotMs: this.streaming && ttft !== void 0 && outputTokens > 1 ? (e2e - ttft) / (outputTokens - 1) : void 0,
        outputTokens,
        tokenSource: usage === void 0 ? "events" : "usage",
        tokensDisagree: usage !== void 0 && Math.abs(usage - this.eventTokens) > 0.1 * usage,
        itlGaps: this.gaps,
        itlTokens: this.gapTokens,
        itlCount: this.gapCount,
        finishReason: this.finishReason
      }
    };
  }
};
var nonEmpty = (value) => typeof value === "string" && value.length > 0;
function dig(value, ...keys) {
  let current = value;
  for (const key of keys) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function errorText(error) {
  const type = dig(error, "type");
  const message = dig(error, "message");
  return [type, message].filter((part) => typeof part === "string" && part).join(": ") || scrub(JSON.stringify(error)).slice(0, 200);
}

// src/protocols/anthropic.ts
var AnthropicTracker = class extends StreamTracker {
  constructor(streaming) {
    super();
    this.streaming = streaming;
  }
  streaming;
  onEvent(event) {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      this.fail(`malformed stream data: ${JSON.stringify(event.data.slice(0, 80))}`);
      return;
    }
    const type = dig(data, "type") ?? event.event;
    switch (type) {
      case "content_block_delta": {
        const delta = dig(data, "delta");
        const kind = dig(delta, "type");
        if (kind === "text_delta") {
          if (nonEmpty(dig(delta, "text"))) this.content();
        } else if (kind === "thinking_delta" || kind === "input_json_delta") this.output();
        break;
      }
      case "message_delta": {
        this.usage(dig(data, "usage", "output_tokens"));
        const stop = dig(data, "delta", "stop_reason");
        if (typeof stop === "string") this.finishReason = stop;
        break;
      }
      case "message_stop":
        this.completed = true;
        break;
      case "error":
        this.fail(`error in stream: ${errorText(dig(data, "error") ?? data)}`);
        break;
    }
  }
  onJson(body) {
    if (dig(body, "type") === "error") return this.fail(`error response: ${errorText(dig(body, "error"))}`);
    const blocks = dig(body, "content");
    if (Array.isArray(blocks)) {
      if (blocks.some((b) => dig(b, "type") === "text" && nonEmpty(dig(b, "text")))) this.content();
      else if (blocks.length > 0) this.output();
    }
    this.usage(dig(body, "usage", "output_tokens"));
    const stop = dig(body, "stop_reason");
    if (typeof stop === "string") this.finishReason = stop;
  }
};

// src/protocols/openai.ts
var OpenAiTracker = class extends StreamTracker {
  constructor(streaming) {
    super();
    this.streaming = streaming;
  }
  streaming;
  lastCompletionTokens = 0;
  begin(start) {
    super.begin(start);
    this.lastCompletionTokens = 0;
  }
  onEvent(event) {
    const data = event.data.trim();
    if (data === "[DONE]") {
      this.completed = true;
      return;
    }
    let chunk;
    try {
      chunk = JSON.parse(data);
    } catch {
      this.fail(`malformed stream data: ${JSON.stringify(data.slice(0, 80))}`);
      return;
    }
    const error = dig(chunk, "error");
    if (event.event === "error" || error !== void 0) {
      this.fail(`error in stream: ${errorText(error ?? chunk)}`);
      return;
    }
    const usageTokens = dig(chunk, "usage", "completion_tokens");
    const choice = dig(chunk, "choices", 0);
    const delta = dig(choice, "delta");
    if (nonEmpty(dig(delta, "content"))) {
      const tokens = typeof usageTokens === "number" ? usageTokens - this.lastCompletionTokens : 1;
      this.content(tokens);
    } else if (nonEmpty(dig(delta, "reasoning_content")) || nonEmpty(dig(delta, "reasoning")) || dig(delta, "tool_calls") !== void 0) {
      this.output();
    }
    if (typeof usageTokens === "number") {
      this.lastCompletionTokens = usageTokens;
      this.usage(usageTokens);
    }
    const finish = dig(choice, "finish_reason");
    if (typeof finish === "string") this.finishReason = finish;
  }
  /** A stream that sent its finish reason but no [DONE] still counts as complete. */
  finish(end) {
    if (this.finishReason !== void 0) this.completed = true;
    return super.finish(end);
  }
  onJson(body) {
    if (dig(body, "error") !== void 0) return this.fail(`error response: ${errorText(dig(body, "error"))}`);
    const message = dig(body, "choices", 0, "message");
    if (nonEmpty(dig(message, "content"))) this.content();
    else if (nonEmpty(dig(message, "reasoning_content")) || dig(message, "tool_calls") !== void 0) this.output();
    this.usage(dig(body, "usage", "completion_tokens"));
    const finish = dig(body, "choices", 0, "finish_reason");
    if (typeof finish === "string") this.finishReason = finish;
  }
};

// src/protocols/index.ts
function createTracker(protocol) {
  switch (protocol) {
    case "openai-sse":
      return new OpenAiTracker(true);
    case "openai":
      return new OpenAiTracker(false);
    case "anthropic-sse":
      return new AnthropicTracker(true);
    case "anthropic":
      return new AnthropicTracker(false);
  }
}

// src/core/random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function randomSeed() {
  return Math.floor(Math.random() * 2 ** 31);
}

// src/core/jsonpath.ts
var TOKEN = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
function parseJsonPath(source) {
  if (!source.startsWith("$")) throw new Error(`expected a JSON path like "$.id" or "$.data[0].id", got "${source}"`);
  const path = [];
  TOKEN.lastIndex = 1;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(source);
    if (!m) throw new Error(`JSON path "${source}" is not understood at "${source.slice(at)}" (use .key, [0] or ['key'])`);
    path.push(m[2] !== void 0 ? Number(m[2]) : m[1] ?? m[3] ?? m[4]);
  }
  return path;
}
function readJsonPath(value, path) {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}

// src/engine/checks.ts
function runChecks(checks, status, body) {
  if (checks.status && !checks.status.includes(status)) {
    return `check status: expected ${checks.status.join(" or ")}, got ${status}`;
  }
  for (const text of checks.contains) {
    if (!body.includes(text)) return `check contains: ${JSON.stringify(text)} not in the response`;
  }
  if (checks.json.length === 0) return void 0;
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return `check json: the response is not JSON (${JSON.stringify(body.slice(0, 60))})`;
  }
  for (const check of checks.json) {
    const value = readJsonPath(json, check.path);
    if (check.exists !== void 0 && value !== void 0 !== check.exists) {
      return `check json ${check.source}: expected it to ${check.exists ? "exist" : "be absent"}`;
    }
    if ("equals" in check && check.equals !== void 0 && JSON.stringify(value) !== JSON.stringify(check.equals)) {
      return `check json ${check.source}: expected ${JSON.stringify(check.equals)}, got ${JSON.stringify(value) ?? "nothing"}`;
    }
  }
  return void 0;
}

// src/engine/headers.ts
var TOKEN2 = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var BAD_VALUE = /[^\t\x20-\x7e]/;
var CLIENT_FRAMING = /* @__PURE__ */ new Set(["transfer-encoding", "content-length"]);
function headerProblem(name, value) {
  if (!TOKEN2.test(name)) return `header name ${JSON.stringify(name)} is not a token (letters, digits and !#$%&'*+-.^_\`|~ only)`;
  if (CLIENT_FRAMING.has(name.toLowerCase()))
    return `header ${name} is the client's to set (it sends every body with its own content-length): remove it`;
  const bad = BAD_VALUE.exec(value);
  if (!bad) return void 0;
  const code = bad[0].codePointAt(0);
  const what = code < 32 || code === 127 ? "a control character" : "a non-ASCII character";
  return `header ${name} has ${what} (U+${code.toString(16).toUpperCase().padStart(4, "0")}) in its value: encode it (percent- or base64-encoding)`;
}

// src/core/template.ts
var PLACEHOLDER = /\{\{\s*([A-Za-z_]\w*)\s*\}\}/g;
function templateVariables(text) {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
function hasTemplate(text) {
  return templateVariables(text).length > 0;
}
function asText(value) {
  if (value === void 0 || value === null) return "";
  return typeof value === "string" ? value : typeof value === "object" ? JSON.stringify(value) : String(value);
}
function compileText(text) {
  const parts = text.split(PLACEHOLDER);
  if (parts.length === 1) return () => text;
  return (vars) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += asText(vars[parts[i]]) + parts[i + 1];
    return out;
  };
}
var MARK = /"__llmload_value_(\d+)__"|__llmload_inner_(\d+)__/g;
function compileJson(value) {
  const names = [];
  const text = JSON.stringify(value, (_key, item) => {
    if (typeof item !== "string" || !hasTemplate(item)) return item;
    const whole = /^\{\{\s*([A-Za-z_]\w*)\s*\}\}$/.exec(item);
    if (whole) return `__llmload_value_${names.push(whole[1]) - 1}__`;
    return item.replace(PLACEHOLDER, (_m, name) => `__llmload_inner_${names.push(name) - 1}__`);
  });
  if (names.length === 0) return () => text;
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    parts.push(text.slice(last, m.index));
    const index = Number(m[1] ?? m[2]);
    parts.push({ name: names[index], whole: m[1] !== void 0 });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (vars) => {
    let out = "";
    for (const part of parts) {
      if (typeof part === "string") out += part;
      else if (part.whole) out += JSON.stringify(vars[part.name] ?? null);
      else out += JSON.stringify(asText(vars[part.name])).slice(1, -1);
    }
    return out;
  };
}
function jsonVariables(value) {
  if (typeof value === "string") return templateVariables(value);
  if (Array.isArray(value)) return value.flatMap(jsonVariables);
  if (value && typeof value === "object") return Object.values(value).flatMap(jsonVariables);
  return [];
}

// src/engine/flow.ts
function resolveTarget(target, base) {
  if (target.startsWith("/")) {
    const url = new URL(base);
    const prefix = url.pathname.replace(/\/$/, "");
    return { origin: url.origin, path: prefix + target, display: target };
  }
  const match = /^(https?:\/\/[^/]+)(\/.*)?$/.exec(target);
  return { origin: match[1], path: match[2] ?? "/", display: target };
}
function compileHeaders(sources, label) {
  const merged = {};
  for (const source of sources) for (const [k, v] of Object.entries(source)) merged[k.toLowerCase()] = v;
  const entries = Object.entries(merged);
  for (const [name, value] of entries) {
    const problem = headerProblem(name, hasTemplate(value) ? "" : value);
    if (problem)
      throw new ConfigError(
        `step ${JSON.stringify(label)}: ${scrub(problem)}`,
        "a header name is letters, digits and !#$%&'*+-.^_`|~; a value holds no line breaks"
      );
  }
  if (!entries.some(([, v]) => hasTemplate(v))) return () => merged;
  const compiled = entries.map(([k, v]) => [k, compileText(v)]);
  return (vars) => {
    const out = {};
    for (const [k, render] of compiled) out[k] = render(vars);
    return out;
  };
}
function compileChecks(check) {
  if (!check) return void 0;
  return {
    status: check.status,
    contains: check.contains ?? [],
    json: Object.entries(check.json ?? {}).map(([source, expect]) => ({ source, path: parseJsonPath(source), ...expect }))
  };
}
function splitHeader(line) {
  const colon = line.indexOf(":");
  return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
}
function compileStep(step, profile, extraHeaders, endpointIndex, tagIndex) {
  const { method, target } = step.request;
  const { origin, path, display } = resolveTarget(target, profile.target);
  const key = `${method} ${display}`;
  const bodyHeaders = step.json !== void 0 ? { "content-type": "application/json" } : step.body !== void 0 ? { "content-type": "text/plain" } : {};
  const headerSources = [bodyHeaders, profile.headers, authHeader(profile), step.headers ?? {}, extraHeaders];
  const templated = hasTemplate(path) || headerSources.some((source) => Object.values(source).some(hasTemplate)) || (step.json !== void 0 ? jsonVariables(step.json).length > 0 : step.body !== void 0 && hasTemplate(step.body));
  const compiled = {
    path: compileText(path),
    headers: compileHeaders(headerSources, step.name ?? key),
    body: step.json !== void 0 ? compileJson(step.json) : step.body !== void 0 ? compileText(step.body) : void 0
  };
  return {
    label: step.name ?? key,
    endpoint: endpointIndex(key),
    method,
    origin,
    ...compiled,
    fixed: templated ? void 0 : { origin, method, path, headers: compiled.headers({}), body: compiled.body?.({}) },
    captures: Object.entries(step.capture ?? {}).map(([name, c]) => ({ name, source: c.source, path: c.path })),
    llm: step.llm,
    checks: compileChecks(step.check),
    expectsStatus: step.check?.status,
    keepBody: Boolean(step.capture) || Boolean(step.check?.json || step.check?.contains),
    tags: Object.entries(step.tags ?? {}).map(([k, v]) => tagIndex(`${k}=${v}`))
  };
}
function authHeader(profile) {
  if (!profile.auth) return {};
  const [name, value] = splitHeader(profile.auth.header);
  return { [name]: value };
}
function compileAuth(profile, endpointIndex) {
  const auth = profile.auth;
  if (!auth) return void 0;
  const { origin, path, display } = resolveTarget(auth.login.url, profile.target);
  return {
    origin,
    path,
    method: auth.login.method,
    headers: Object.fromEntries(
      Object.entries({ ...auth.login.json !== void 0 ? { "content-type": "application/json" } : {}, ...auth.login.headers }).map(
        ([k, v]) => [k.toLowerCase(), v]
      )
    ),
    body: auth.login.json !== void 0 ? compileJson(auth.login.json) : auth.login.body !== void 0 ? compileText(auth.login.body) : void 0,
    tokenPath: auth.token.path,
    tokenSource: auth.token.source,
    perVu: auth.per_vu,
    endpoint: endpointIndex(`${auth.login.method} ${display} (login)`)
  };
}
function compileFlows(profile, extraHeaders = {}) {
  const endpointKeys = [];
  const tagKeys = [];
  const indexIn = (list) => (key) => {
    const found = list.indexOf(key);
    return found >= 0 ? found : list.push(key) - 1;
  };
  const scenarios = Object.entries(profile.scenarios).map(([name, scenario]) => ({
    name,
    weight: scenario.weight,
    steps: scenario.flow.map((step) => compileStep(step, profile, extraHeaders, indexIn(endpointKeys), indexIn(tagKeys)))
  }));
  const auth = compileAuth(profile, indexIn(endpointKeys));
  let sum = 0;
  const cumulativeWeights = scenarios.map((s2) => sum += s2.weight);
  return { scenarios, endpointKeys, tagKeys, auth, cumulativeWeights };
}
function pickScenario(flows, random) {
  const total = flows.cumulativeWeights[flows.cumulativeWeights.length - 1];
  const point = random * total;
  const index = flows.cumulativeWeights.findIndex((w) => point < w);
  return index < 0 ? flows.scenarios.length - 1 : index;
}

// src/engine/vu.ts
var TIME_ORIGIN = performance3.timeOrigin;
var VirtualUser = class {
  constructor(id, ctx) {
    this.id = id;
    this.ctx = ctx;
    this.random = seededRandom((ctx.seed ^ Math.imul(id, 2654435761)) >>> 0);
    this.pacingRandom = seededRandom((ctx.seed ^ Math.imul(id, 2246822507) ^ 1540483477) >>> 0);
  }
  id;
  ctx;
  /** Set by the executor when ramping down: this VU leaves after its current step. */
  retired = false;
  inflight;
  lastSent;
  deadline = 0;
  iteration = 0;
  current;
  // One of each per VU, filled in per iteration or request (a VU runs one at a time); the recorder reads a
  // sample and keeps none of it.
  iterationState = {
    scenario: 0,
    steps: [],
    vars: {},
    next: 0,
    scheduledAt: void 0,
    thinkAfterLast: false,
    done: () => void 0
  };
  attempting = {
    step: void 0,
    scenario: 0,
    vars: void 0,
    start: 0,
    tracker: void 0,
    mayRefreshAuth: false,
    then: void 0
  };
  sample = { endpoint: 0, scenario: 0, latencyMs: 0, status: 0 };
  trackers = /* @__PURE__ */ new Map();
  lastStatus = 0;
  lastRetryAfterS;
  random;
  /** Its own sequence, so pacing leaves the scenario picks and think times of a seeded run as they were. */
  pacingRandom;
  /** Steps failed one after another: from the second, the VU backs off instead of hammering a broken target. */
  failedInARow = 0;
  /** Fails the run() or iterate() under way: an exception in a callback has no async function to reject. */
  reject;
  // Made once per VU, so the hot path passes them without allocating.
  onOutcome = (outcome) => {
    try {
      this.attemptEnded(outcome);
    } catch (error) {
      this.fail(error);
    }
  };
  onStepResult = (result) => {
    try {
      this.stepEnded(result);
    } catch (error) {
      this.fail(error);
    }
  };
  nextStep = () => this.guard(() => this.step());
  get done() {
    return this.retired || this.ctx.stopping;
  }
  /**
   * Closed model: iterations back to back (with think time) until retired or the run stops. `spread`: this
   * VU started together with others, so after its first iteration it waits a random share of that
   * iteration's time, and the VUs end up spread over one iteration instead of firing in waves.
   */
  run(startAfterMs = 0, spread = false) {
    return new Promise((resolve2, reject) => {
      this.reject = reject;
      let began = 0;
      let first = spread;
      const begin = () => {
        if (this.done) return resolve2();
        began = performance3.now();
        this.startIteration(void 0, true, next);
      };
      const next = () => {
        if (this.done) return resolve2();
        const pause2 = Math.max(this.pacing(performance3.now() - began, first), this.backoffMs());
        first = false;
        if (pause2 > 0) void this.ctx.sleep(pause2).then(() => this.guard(begin));
        else begin();
      };
      if (startAfterMs > 0) void this.ctx.sleep(startAfterMs).then(() => this.guard(begin));
      else this.guard(begin);
    });
  }
  /** 10 ms after the second failure in a row, doubling to at most a second: a failing target is not flooded. */
  backoffMs() {
    return this.failedInARow < 2 ? 0 : Math.min(1e3, 10 * 2 ** (this.failedInARow - 2));
  }
  /**
   * The pause before the next closed-model iteration: none when think times are random (they already
   * keep VUs apart); else a seeded share of the last iteration's time: up to all of it once, to spread VUs
   * that started together, then up to `jitter` of it. Pauses under a millisecond, which a timer cannot
   * keep, are skipped.
   */
  pacing(iterationMs, spread) {
    const { minMs, maxMs } = this.ctx.thinkTime;
    if (maxMs > minMs || this.ctx.jitter <= 0) return 0;
    const pause2 = this.pacingRandom() * iterationMs * (spread ? 1 : this.ctx.jitter);
    return pause2 >= 1 ? pause2 : 0;
  }
  /**
   * Open model: one iteration of a scenario. `scheduledAt` is when it was due: its first request's latency
   * counts from then, so queueing in the generator or the service cannot hide. `done` is called once, when
   * the iteration ends, with the error that broke it if one did (a callback, not a promise: the open model
   * starts thousands of iterations a second).
   */
  iterate(scheduledAt, done) {
    this.reject = done;
    this.guard(() => this.startIteration(scheduledAt, false, done));
  }
  guard(work) {
    try {
      work();
    } catch (error) {
      this.fail(error);
    }
  }
  fail(error) {
    this.current = void 0;
    this.reject?.(error);
  }
  startIteration(scheduledAt, thinkAfterLast, done) {
    const { flows, data, auth } = this.ctx;
    const scenario = pickScenario(flows, this.random());
    const { name, steps } = flows.scenarios[scenario];
    const vars = { vu: this.id, iteration: this.iteration, scenario: name };
    data?.fill(vars, this.id, this.iteration, this.random);
    this.iteration++;
    const it = this.current = this.iterationState;
    it.scenario = scenario;
    it.steps = steps;
    it.vars = vars;
    it.next = 0;
    it.scheduledAt = scheduledAt;
    it.thinkAfterLast = thinkAfterLast;
    it.done = done;
    if (!auth) return this.step();
    void auth.token(this.id).then(
      (token) => this.guard(() => {
        if (token === void 0) return this.endIteration(false);
        vars.token = token;
        this.step();
      })
    );
  }
  /** Runs the iteration's next step, or ends the iteration after its last one or when the run stops. */
  step() {
    const it = this.current;
    if (it.next === it.steps.length) return this.endIteration(true);
    if (this.done) return this.endIteration(false);
    const step = it.steps[it.next];
    const scheduledAt = it.next === 0 ? it.scheduledAt : void 0;
    it.next++;
    if (this.ctx.auth || this.ctx.retry)
      void this.runStep(step, it.scenario, it.vars, scheduledAt).then(this.onStepResult, (error) => this.fail(error));
    else this.attempt(step, it.scenario, it.vars, scheduledAt, false, this.onStepResult);
  }
  stepEnded(result) {
    const it = this.current;
    if (result === "failed") this.failedInARow++;
    else if (result === "ok") this.failedInARow = 0;
    if (result !== "ok") return this.endIteration(result === "failed");
    if (it.thinkAfterLast || it.next < it.steps.length) {
      const pause2 = this.think();
      if (pause2) return void pause2.then(this.nextStep);
    }
    this.step();
  }
  endIteration(finished) {
    const it = this.current;
    this.current = void 0;
    if (finished) this.ctx.recorder.iterationDone(it.scenario);
    it.done();
  }
  think() {
    const { minMs, maxMs } = this.ctx.thinkTime;
    if (maxMs <= 0) return void 0;
    return this.ctx.sleep(minMs + (maxMs - minMs) * this.random());
  }
  attemptOnce(step, scenario, vars, scheduledAt, mayRefreshAuth) {
    return new Promise((resolve2) => this.attempt(step, scenario, vars, scheduledAt, mayRefreshAuth, resolve2));
  }
  /** A step with a login to refresh or load.retry to honour: rare enough to be written with awaits. */
  async runStep(step, scenario, vars, scheduledAt) {
    let result = await this.attemptOnce(step, scenario, vars, scheduledAt, this.ctx.auth !== void 0);
    if (result === "retry-auth") {
      const token = await this.ctx.auth.refresh(this.id, vars.token);
      if (token === void 0) return "failed";
      vars.token = token;
      result = await this.attemptOnce(step, scenario, vars, void 0, false);
    }
    const retry = this.ctx.retry;
    for (let tries = 1; retry && result === "failed" && tries <= retry.max && !this.done && retry.statuses.includes(this.lastStatus); tries++) {
      this.ctx.recorder.retries++;
      const wait = this.lastRetryAfterS !== void 0 ? this.lastRetryAfterS * 1e3 : retry.backoff * 2 ** (tries - 1);
      await this.ctx.sleep(Math.min(3e4, wait));
      if (this.done) return "interrupted";
      result = await this.attemptOnce(step, scenario, vars, void 0, false);
    }
    return result === "retry-auth" ? "failed" : result;
  }
  /** Sends one request of a step; `then` gets the step's result once the response is read and recorded. */
  attempt(step, scenario, vars, scheduledAt, mayRefreshAuth, then) {
    const request = step.fixed ?? {
      origin: step.origin,
      path: step.path(vars),
      method: step.method,
      headers: step.headers(vars),
      body: step.body?.(vars)
    };
    const tracker = step.llm ? this.tracker(step.llm) : void 0;
    const streaming = tracker?.streaming === true;
    const sent = performance3.now();
    const start = scheduledAt !== void 0 && scheduledAt < sent ? scheduledAt : sent;
    if (scheduledAt !== void 0) this.ctx.recorder.recordSendLag(Math.max(0, sent - scheduledAt));
    this.deadline = sent + this.ctx.timeoutMs;
    tracker?.begin(start);
    const keepBody = step.keepBody || tracker !== void 0 && !streaming;
    const attempt = this.attempting;
    attempt.step = step;
    attempt.scenario = scenario;
    attempt.vars = vars;
    attempt.start = start;
    attempt.tracker = tracker;
    attempt.mayRefreshAuth = mayRefreshAuth;
    attempt.then = then;
    this.inflight = this.lastSent = this.ctx.http.send(
      request,
      keepBody,
      streaming ? tracker.consume : void 0,
      step.expectsStatus,
      this.onOutcome,
      this.lastSent
    );
  }
  attemptEnded(outcome) {
    const end = performance3.now();
    const attempt = this.attempting;
    const then = attempt.then;
    attempt.then = void 0;
    this.inflight = void 0;
    then(this.judgeAndRecord(outcome, attempt, end));
  }
  judgeAndRecord(outcome, attempt, end) {
    if (outcome.error === "interrupted") {
      this.ctx.recorder.interrupted++;
      return "interrupted";
    }
    this.lastStatus = outcome.status;
    this.lastRetryAfterS = outcome.retryAfterS;
    this.ctx.recorder.bytesReceived += outcome.bytes;
    if (attempt.mayRefreshAuth && outcome.status === 401) return "retry-auth";
    const sample = this.sample;
    this.judge(attempt.step, outcome, attempt.tracker, end, attempt.vars, sample);
    sample.endpoint = attempt.step.endpoint;
    sample.scenario = attempt.scenario;
    sample.tags = attempt.step.tags;
    sample.latencyMs = end - attempt.start;
    sample.status = outcome.status;
    this.ctx.recorder.record(sample, TIME_ORIGIN + end);
    return sample.error ? "failed" : "ok";
  }
  /** Judges a response into `sample` (error kind and message, or none; LLM measures): reads an LLM reply, checks, captures. */
  judge(step, outcome, tracker, end, vars, sample) {
    sample.llm = void 0;
    sample.error = outcome.error === "interrupted" ? void 0 : outcome.error;
    sample.message = outcome.message;
    if (sample.error && tracker?.streaming && outcome.status > 0 && outcome.status < 400 && sample.error !== "timeout") {
      sample.error = "stream_error";
    }
    if (sample.error) return;
    if (tracker) {
      if (!tracker.streaming) tracker.json(outcome.body ?? "", end);
      const result = tracker.finish(end);
      if (!result.ok) {
        sample.error = result.error;
        sample.message = `${step.label}: ${result.message}${outcome.requestId ? ` [request id ${outcome.requestId}]` : ""}`;
        return;
      }
      sample.llm = result.measures;
    }
    const problem = step.checks && prefixed(step.label, runChecks(step.checks, outcome.status, outcome.body ?? "")) || (step.captures.length > 0 ? capture(step, outcome.body ?? "", vars) : void 0);
    if (problem) {
      sample.error = "assertion";
      sample.message = problem;
      sample.llm = void 0;
    }
  }
  tracker(protocol) {
    let tracker = this.trackers.get(protocol);
    if (!tracker) {
      this.trackers.set(protocol, tracker = createTracker(protocol));
      tracker.limits = this.ctx.sseLimits;
    }
    return tracker;
  }
  /** Aborts the request in flight if its deadline has passed (checked by the run's sweeper). */
  abortIfOverdue(now) {
    if (this.inflight && now > this.deadline) this.inflight.abort("timeout");
  }
  /** Aborts the request in flight because the run is stopping now. */
  interrupt() {
    this.inflight?.abort("stop");
  }
};
var prefixed = (label, problem) => problem && `${label}: ${problem}`;
function capture(step, body, vars) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    return `${step.label}: capture needs a JSON response, got ${JSON.stringify(body.slice(0, 80))}`;
  }
  for (const { name, source, path } of step.captures) {
    const value = readJsonPath(json, path);
    if (value === void 0) return `${step.label}: capture ${name}: ${source} not found in the response`;
    vars[name] = value;
  }
  return void 0;
}

// src/engine/executors/base.ts
var nextTurn = () => new Promise((resolve2) => setImmediate(resolve2));
function pause(ms, signal) {
  return new Promise((resolve2) => {
    const timer = setTimeout(done, Math.max(0, ms));
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve2();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

// src/engine/executors/open-model.ts
var LAUNCH_AHEAD_MS = 1;
var MAX_LAUNCHES_PER_TURN = 100;
function constantArrivalRate(ratePerS, durationMs, preAllocatedVus, maxVus) {
  const interval = 1e3 / ratePerS;
  return { durationMs, preAllocatedVus, maxVus, timeOf: (i) => i * interval < durationMs ? i * interval : void 0 };
}
function rampingArrivalRate(startRatePerS, stages, preAllocatedVus, maxVus) {
  const durationMs = stages.reduce((sum, st) => sum + st.durationMs, 0);
  return {
    durationMs,
    preAllocatedVus,
    maxVus,
    timeOf(i) {
      let before = 0;
      let stageStart = 0;
      let from = startRatePerS / 1e3;
      for (const stage of stages) {
        const to = stage.target / 1e3;
        const d = stage.durationMs;
        const inStage = (from + to) / 2 * d;
        if (i < before + inStage) {
          const need = i - before;
          const slope = (to - from) / d;
          const t = Math.abs(slope) < 1e-15 ? need / from : (-from + Math.sqrt(Math.max(0, from * from + 2 * slope * need))) / slope;
          return stageStart + t;
        }
        before += inStage;
        stageStart += d;
        from = to;
      }
      return void 0;
    }
  };
}
var OpenModelExecutor = class {
  constructor(schedule, ctx) {
    this.schedule = schedule;
    this.ctx = ctx;
    for (let i = 0; i < schedule.preAllocatedVus; i++) this.idle.push(this.newVu());
  }
  schedule;
  ctx;
  vus = [];
  /** VUs free for an iteration, each with its own end-of-iteration callback (made once per VU). */
  idle = [];
  busy = 0;
  stopping = false;
  /** The first error that broke an iteration: the run fails with it once the load has wound down. */
  failure;
  allDone;
  get durationMs() {
    return this.schedule.durationMs;
  }
  get maxVus() {
    return this.schedule.maxVus;
  }
  get activeCount() {
    return this.busy;
  }
  newVu() {
    const vu = new VirtualUser(this.ctx.vuId(this.vus.length + 1), this.ctx);
    this.vus.push(vu);
    const entry = {
      vu,
      inIteration: false,
      done: (error) => {
        if (!entry.inIteration) return;
        entry.inIteration = false;
        this.busy--;
        if (error !== void 0) this.failure ??= { error };
        else if (!this.stopping) this.idle.push(entry);
        if (this.busy === 0) this.allDone?.();
      }
    };
    return entry;
  }
  launch(scheduledAt) {
    const entry = this.idle.pop() ?? (this.vus.length < this.schedule.maxVus ? this.newVu() : void 0);
    if (!entry) {
      this.ctx.recorder.droppedIterations++;
      return;
    }
    this.busy++;
    entry.inIteration = true;
    entry.vu.iterate(scheduledAt, entry.done);
  }
  async drive(signal) {
    const start = performance.now();
    let i = 0;
    let sliced = false;
    for (let due = this.schedule.timeOf(0); due !== void 0 && !signal.aborted; due = this.schedule.timeOf(i)) {
      const wait = start + due - performance.now();
      await (wait > LAUNCH_AHEAD_MS ? pause(wait - LAUNCH_AHEAD_MS, signal) : sliced ? pause(1, signal) : nextTurn());
      if (signal.aborted) break;
      const horizon = performance.now() - start + LAUNCH_AHEAD_MS;
      let launched = 0;
      for (let next = due; next !== void 0 && next <= horizon && launched < MAX_LAUNCHES_PER_TURN; launched++) {
        this.launch(start + next);
        next = this.schedule.timeOf(++i);
      }
      sliced = launched === MAX_LAUNCHES_PER_TURN;
    }
    const left = start + this.schedule.durationMs - performance.now();
    if (left > 0 && !signal.aborted) await pause(left, signal);
  }
  async windDown() {
    this.stopping = true;
    if (this.busy > 0) await new Promise((resolve2) => this.allDone = resolve2);
    if (this.failure) throw this.failure.error;
  }
};

// src/engine/executors/kind.ts
function vuBudget(load, peakPerS) {
  const preAllocatedVus = load.pre_allocated_vus ?? Math.max(1, Math.min(1e3, Math.ceil(peakPerS)));
  return { preAllocatedVus, maxVus: load.max_vus ?? Math.max(preAllocatedVus, 100, preAllocatedVus * 10) };
}
var budgetShare = (n, shard) => Math.max(1, Math.ceil(n / shard.count));
var timeUnitS = (load) => load.time_unit / 1e3;
function scaleStages(stages, ms) {
  const total = stages.reduce((sum, st) => sum + st.durationMs, 0) || 1;
  return stages.map((st) => ({ ...st, durationMs: st.durationMs * ms / total }));
}
var stagesOf = (load, perS = 1) => (load.stages ?? []).map((st) => ({ durationMs: st.duration, target: st.target / perS }));

// src/engine/executors/constant-arrival-rate.ts
var constantArrivalRate2 = {
  name: "constant-arrival-rate",
  plan: (load) => {
    const ratePerS = load.rate / timeUnitS(load);
    return { executor: "constant-arrival-rate", ratePerS, durationMs: load.duration, ...vuBudget(load, ratePerS) };
  },
  shard: (plan, shard) => ({
    ...plan,
    ratePerS: plan.ratePerS / shard.count,
    preAllocatedVus: budgetShare(plan.preAllocatedVus, shard),
    maxVus: budgetShare(plan.maxVus, shard)
  }),
  maxVus: (plan) => plan.maxVus,
  peakRatePerS: (plan) => plan.ratePerS,
  lasting: (plan, ms) => ({ ...plan, durationMs: ms }),
  workerUnits: (plan) => plan.ratePerS / 500,
  create: (plan, ctx) => new OpenModelExecutor(constantArrivalRate(plan.ratePerS, plan.durationMs, plan.preAllocatedVus, plan.maxVus), ctx)
};

// src/engine/shard.ts
function share(n, shard) {
  const base = Math.floor(n / shard.count);
  return base + (shard.index - 1 < n % shard.count ? 1 : 0);
}
function globalVuId(localId, shard) {
  return shard ? (localId - 1) * shard.count + shard.index : localId;
}

// src/engine/executors/closed-model.ts
function constantVus(vus, durationMs) {
  return { durationMs, maxVus: vus, vusAt: () => vus };
}
function rampingVus(startVus, stages) {
  const durationMs = stages.reduce((sum, st) => sum + st.durationMs, 0);
  return {
    durationMs,
    maxVus: Math.max(startVus, ...stages.map((st) => st.target)),
    vusAt(elapsedMs) {
      let from = startVus;
      let stageStart = 0;
      for (const stage of stages) {
        if (elapsedMs < stageStart + stage.durationMs) {
          return Math.round(from + (stage.target - from) * (elapsedMs - stageStart) / stage.durationMs);
        }
        stageStart += stage.durationMs;
        from = stage.target;
      }
      return from;
    }
  };
}
var TICK_MS = 50;
var ClosedModelExecutor = class {
  constructor(schedule, ctx) {
    this.schedule = schedule;
    this.ctx = ctx;
  }
  schedule;
  ctx;
  vus = [];
  running = [];
  active = 0;
  get durationMs() {
    return this.schedule.durationMs;
  }
  get maxVus() {
    return this.schedule.maxVus;
  }
  get activeCount() {
    return this.active;
  }
  /** Starts `count` VUs, the j-th after (j + 1) / count of `overMs`, or all at once when `overMs` is 0. */
  start(count, overMs) {
    for (let j = 0; j < count; j++) {
      const vu = new VirtualUser(this.ctx.vuId(this.vus.length + 1), this.ctx);
      this.vus.push(vu);
      this.active++;
      this.running.push(vu.run(overMs > 0 ? (j + 1) / count * overMs : 0, overMs === 0 && count > 1));
    }
  }
  /** Retires the newest VUs until `target` are left; each leaves after its current step. */
  retireTo(target) {
    for (let i = this.vus.length - 1; i >= 0 && this.active > target; i--) {
      if (!this.vus[i].retired) {
        this.vus[i].retired = true;
        this.active--;
      }
    }
  }
  async drive(signal) {
    const start = performance.now();
    while (!signal.aborted) {
      const elapsed = performance.now() - start;
      if (elapsed >= this.schedule.durationMs) break;
      const tick2 = Math.min(TICK_MS, this.schedule.durationMs - elapsed);
      const now = this.schedule.vusAt(elapsed);
      const ahead = this.schedule.vusAt(elapsed + tick2);
      if (now > this.active) this.start(now - this.active, 0);
      if (ahead > this.active) this.start(ahead - this.active, tick2);
      this.retireTo(Math.max(now, ahead));
      await pause(tick2, signal);
    }
  }
  async windDown() {
    this.retireTo(0);
    await Promise.all(this.running);
  }
};

// src/engine/executors/constant-vus.ts
var constantVus2 = {
  name: "constant-vus",
  plan: (load) => ({ executor: "constant-vus", vus: load.vus, durationMs: load.duration }),
  shard: (plan, shard) => ({ ...plan, vus: share(plan.vus, shard) }),
  maxVus: (plan) => plan.vus,
  peakRatePerS: () => 0,
  lasting: (plan, ms) => ({ ...plan, durationMs: ms }),
  workerUnits: (plan) => plan.vus / 50,
  create: (plan, ctx) => new ClosedModelExecutor(constantVus(plan.vus, plan.durationMs), ctx)
};

// src/engine/executors/ramping-arrival-rate.ts
var peakRate = (plan) => Math.max(plan.startRatePerS, ...plan.stages.map((st) => st.target));
var rampingArrivalRate2 = {
  name: "ramping-arrival-rate",
  plan: (load) => {
    const stages = stagesOf(load, timeUnitS(load));
    const startRatePerS = load.start_rate / timeUnitS(load);
    const plan = { executor: "ramping-arrival-rate", startRatePerS, stages };
    return { ...plan, ...vuBudget(load, Math.max(startRatePerS, ...stages.map((st) => st.target))) };
  },
  shard: (plan, shard) => ({
    ...plan,
    startRatePerS: plan.startRatePerS / shard.count,
    stages: plan.stages.map((st) => ({ ...st, target: st.target / shard.count })),
    preAllocatedVus: budgetShare(plan.preAllocatedVus, shard),
    maxVus: budgetShare(plan.maxVus, shard)
  }),
  maxVus: (plan) => plan.maxVus,
  peakRatePerS: peakRate,
  lasting: (plan, ms) => ({ ...plan, stages: scaleStages(plan.stages, ms) }),
  workerUnits: (plan) => peakRate(plan) / 500,
  create: (plan, ctx) => new OpenModelExecutor(rampingArrivalRate(plan.startRatePerS, plan.stages, plan.preAllocatedVus, plan.maxVus), ctx)
};

// src/engine/executors/ramping-vus.ts
var peakVus = (plan) => Math.max(plan.startVus, ...plan.stages.map((st) => st.target));
var rampingVus2 = {
  name: "ramping-vus",
  plan: (load) => ({
    executor: "ramping-vus",
    startVus: load.start_vus,
    stages: stagesOf(load).map((st) => ({ ...st, target: Math.round(st.target) }))
  }),
  shard: (plan, shard) => ({
    ...plan,
    startVus: share(plan.startVus, shard),
    stages: plan.stages.map((st) => ({ ...st, target: share(st.target, shard) }))
  }),
  maxVus: peakVus,
  peakRatePerS: () => 0,
  lasting: (plan, ms) => ({ ...plan, stages: scaleStages(plan.stages, ms) }),
  workerUnits: (plan) => peakVus(plan) / 50,
  create: (plan, ctx) => new ClosedModelExecutor(rampingVus(plan.startVus, plan.stages), ctx)
};

// src/engine/executors/shapes.ts
var s = (seconds) => seconds * 1e3;
var ramping = (stages) => ({ executor: "ramping-vus", startVus: 0, stages });
function shapePlan(load) {
  switch (load.shape) {
    case "baseline": {
      const users = load.users ?? 10;
      return ramping([
        { durationMs: load.ramp ?? s(30), target: users },
        { durationMs: load.duration ?? s(300), target: users }
      ]);
    }
    case "spike": {
      const base = load.users ?? 10;
      const peak = load.peak ?? 500;
      const ramp = load.ramp ?? s(60);
      const hold = load.hold ?? s(60);
      return ramping([
        { durationMs: s(30), target: base },
        { durationMs: s(30), target: base },
        { durationMs: ramp, target: peak },
        { durationMs: hold, target: peak },
        { durationMs: ramp, target: base },
        { durationMs: load.duration ?? s(60), target: base }
      ]);
    }
    case "endurance": {
      const users = load.users ?? 20;
      return ramping([
        { durationMs: load.ramp ?? s(300), target: users },
        { durationMs: load.duration ?? s(3600), target: users }
      ]);
    }
    case "stress":
      throw new ConfigError(
        "load.shape: stress is a search; run it with runSearch",
        "run the profile with llm-load run: a stress shape steps the load up by itself"
      );
  }
}

// src/engine/executors/registry.ts
var EXECUTORS = {
  "constant-vus": constantVus2,
  "ramping-vus": rampingVus2,
  "constant-arrival-rate": constantArrivalRate2,
  "ramping-arrival-rate": rampingArrivalRate2
};
var kindOf = (plan) => EXECUTORS[plan.executor];
function planLoad(load) {
  if (load.shape) return shapePlan({ ...load, shape: load.shape });
  checkLoadFields(load);
  return EXECUTORS[load.executor ?? "constant-vus"].plan(load);
}
var shardPlan = (plan, shard) => shard.count === 1 ? plan : kindOf(plan).shard(plan, shard);
var workerUnits = (plan) => kindOf(plan).workerUnits(plan);
var createExecutor = (plan, ctx) => kindOf(plan).create(plan, ctx);
var MACHINE_LIMITS = { vus: 1e5, ratePerS: 2e5 };
function beyondOneMachine(plan) {
  const vus = kindOf(plan).maxVus(plan);
  const rate = kindOf(plan).peakRatePerS(plan);
  const split = "split the load over several runners with --shard I/K (action input shard), each running a K-th of it";
  if (vus > MACHINE_LIMITS.vus) return `load: ${vus} VUs on one machine is more than it can run (at most ${MACHINE_LIMITS.vus}): ${split}`;
  if (rate > MACHINE_LIMITS.ratePerS)
    return `load: ${rate} iterations a second on one machine is more than it can run (at most ${MACHINE_LIMITS.ratePerS}): ${split}`;
  return void 0;
}

// src/metrics/histogram.ts
var import_JsHistogramFactory = __toESM(require_JsHistogramFactory(), 1);

// src/metrics/hdr-encoding.ts
import { deflateSync, inflateSync } from "node:zlib";
var COOKIE = 478450435 | 16;
var COMPRESSED_COOKIE = 478450436 | 16;
var COOKIE_BASE_MASK = ~240;
var HEADER_BYTES = 40;
var MAX_WORD_BYTES = 9;
var TWO_POW_32 = 2 ** 32;
var HistogramEncodingError = class extends Error {
};
function encodeCompressed(histogram) {
  const end = Math.min(histogram.countsArrayIndex(histogram.maxValue) + 1, histogram.countsArrayLength);
  const raw = Buffer.allocUnsafe(HEADER_BYTES + end * MAX_WORD_BYTES);
  raw.writeInt32BE(COOKIE, 0);
  raw.writeInt32BE(0, 8);
  raw.writeInt32BE(histogram.numberOfSignificantValueDigits, 12);
  writeInt64(raw, 16, histogram.lowestDiscernibleValue);
  writeInt64(raw, 24, histogram.highestTrackableValue);
  raw.writeDoubleBE(1, 32);
  let at = HEADER_BYTES;
  for (let i = 0; i < end; ) {
    const count = histogram.getCountAtIndex(i++);
    let zeros = 0;
    if (count === 0) for (zeros = 1; i < end && histogram.getCountAtIndex(i) === 0; i++) zeros++;
    at = writeZigZag(raw, at, zeros > 1 ? -zeros : count);
  }
  raw.writeInt32BE(at - HEADER_BYTES, 4);
  const compressed = deflateSync(raw.subarray(0, at));
  const head = Buffer.allocUnsafe(8);
  head.writeInt32BE(COMPRESSED_COOKIE, 0);
  head.writeInt32BE(compressed.length, 4);
  return Buffer.concat([head, compressed]).toString("base64");
}
function decodeCompressed(encoded, create) {
  const data = Buffer.from(encoded.trim(), "base64");
  if (data.length < 8 || (data.readInt32BE(0) & COOKIE_BASE_MASK) !== (COMPRESSED_COOKIE & COOKIE_BASE_MASK))
    throw new HistogramEncodingError("not a compressed HdrHistogram (V2) encoding");
  let raw;
  try {
    raw = inflateSync(data.subarray(8, 8 + data.readInt32BE(4)));
  } catch (error) {
    throw new HistogramEncodingError(`the histogram's compressed data is corrupt (${error.message})`);
  }
  if (raw.length < HEADER_BYTES || (raw.readInt32BE(0) & COOKIE_BASE_MASK) !== (COOKIE & COOKIE_BASE_MASK))
    throw new HistogramEncodingError("the compressed data is not an HdrHistogram (V2) encoding");
  const payloadEnd = HEADER_BYTES + raw.readInt32BE(4);
  if (payloadEnd > raw.length) throw new HistogramEncodingError("the histogram encoding is cut short");
  const histogram = create(readInt64(raw, 16), readInt64(raw, 24), raw.readInt32BE(12));
  let index = 0;
  for (let at = HEADER_BYTES; at < payloadEnd; ) {
    let value = 0;
    let scale = 1;
    for (let k = 0; ; k++) {
      const byte = raw[at++];
      if (byte === void 0) throw new HistogramEncodingError("the histogram encoding is cut short");
      if (k === MAX_WORD_BYTES - 1) {
        value += byte * scale;
        break;
      }
      value += (byte & 127) * scale;
      scale *= 128;
      if (byte < 128) break;
    }
    const count = value % 2 === 0 ? value / 2 : -(value + 1) / 2;
    if (count < 0)
      index -= count;
    else {
      if (index >= histogram.countsArrayLength) throw new HistogramEncodingError("the histogram encoding has counts past its range");
      histogram.setCountAtIndex(index++, count);
    }
  }
  histogram.establishInternalTackingValues(Math.min(index, histogram.countsArrayLength));
  return histogram;
}
function writeZigZag(buffer, at, signed) {
  let value = signed >= 0 ? signed * 2 : -signed * 2 - 1;
  for (let k = 0; k < MAX_WORD_BYTES - 1; k++) {
    if (value < 128) {
      buffer[at++] = value;
      return at;
    }
    buffer[at++] = value % 128 | 128;
    value = Math.floor(value / 128);
  }
  buffer[at++] = value;
  return at;
}
function writeInt64(buffer, at, value) {
  buffer.writeUInt32BE(Math.floor(value / TWO_POW_32), at);
  buffer.writeUInt32BE(value % TWO_POW_32, at + 4);
}
function readInt64(buffer, at) {
  return buffer.readUInt32BE(at) * TWO_POW_32 + buffer.readUInt32BE(at + 4);
}

// src/metrics/histogram.ts
var HIGHEST_US = 36e8;
var Int32Histogram = (0, import_JsHistogramFactory.constructorFromBucketSize)(32);
var FastHistogram = class extends Int32Histogram {
  countsArrayIndex(value) {
    if (!(value >= 0 && value < 4294967296)) return super.countsArrayIndex(value);
    const shift = Math.max(31 - Math.clz32(value) - this.subBucketHalfCountMagnitude, this.unitMagnitude);
    const bucket = shift - this.unitMagnitude;
    return (bucket + 1 << this.subBucketHalfCountMagnitude) + (value >>> shift) - this.subBucketHalfCount;
  }
};
function createHistogram() {
  return new FastHistogram(1, HIGHEST_US, 3);
}
var clamp = (value) => value < 0 ? 0 : value > HIGHEST_US ? HIGHEST_US : value;
function recordMs(histogram, ms, count = 1) {
  const us = clamp(Math.round(ms * 1e3));
  if (count === 1) histogram.recordValue(us);
  else histogram.recordValueWithCount(us, count);
}
function recordCount(histogram, value) {
  histogram.recordValue(clamp(Math.round(value)));
}
function summarize(histogram, divisor = 1e3) {
  const count = histogram.totalCount;
  const scale = (value) => Math.round(value / divisor * 1e3) / 1e3;
  const at = (p) => count ? scale(Math.min(histogram.getValueAtPercentile(p), histogram.maxValue)) : null;
  const { mean, stddev } = moments(histogram);
  return {
    count,
    min: count ? scale(histogram.minNonZeroValue === Number.MAX_SAFE_INTEGER ? 0 : histogram.minNonZeroValue) : null,
    max: count ? scale(histogram.maxValue) : null,
    mean: count ? scale(mean) : null,
    stddev: count ? scale(stddev) : null,
    p50: at(50),
    p75: at(75),
    p90: at(90),
    p95: at(95),
    p99: at(99),
    p999: at(99.9),
    hdr: encodeHistogram(histogram)
  };
}
function moments(histogram) {
  const h = histogram;
  const count = h.totalCount;
  if (count === 0) return { mean: 0, stddev: 0 };
  const end = Math.min(h.countsArrayIndex(h.maxValue) + 1, h.countsArrayLength);
  let total = 0;
  for (let i = 0; i < end; i++) {
    const n = h.getCountAtIndex(i);
    if (n !== 0) total += h.medianEquivalentValue(h.valueFromIndex(i)) * n;
  }
  const mean = total / count;
  let squares = 0;
  for (let i = 0; i < end; i++) {
    const n = h.getCountAtIndex(i);
    if (n === 0) continue;
    const deviation = h.medianEquivalentValue(h.valueFromIndex(i)) - mean;
    squares += deviation * deviation * n;
  }
  return { mean, stddev: Math.sqrt(squares / count) };
}
function encodeHistogram(histogram) {
  return encodeCompressed(histogram);
}
function decodeHistogram(encoded) {
  return decodeCompressed(encoded, (lowest, highest, digits) => new FastHistogram(lowest, highest, digits));
}

// src/metrics/timeline.ts
var WINDOW_HISTOGRAMS = ["hdr", "ttftHdr", "itlHdr", "tpotHdr", "e2eHdr", "plainHdr"];
var encode = (h) => h.totalCount ? encodeHistogram(h) : void 0;
var percentile = (h, p) => h.totalCount ? Math.min(h.getValueAtPercentile(p), h.maxValue) / 1e3 : null;
function recordItl(histogram, m) {
  for (let i = 0; i < m.itlCount; i++) {
    const k = m.itlTokens[i];
    recordMs(histogram, m.itlGaps[i] / k, k);
  }
}
var plainLatency = (w) => w.e2eHdr ? w.plainHdr : w.hdr;
function addEncoded(into, ...encoded) {
  for (const e of encoded) if (e) into.add(decodeHistogram(e));
}
function mergeWindows(a, b, t, s2, sameRun) {
  const merged = {};
  for (const field of WINDOW_HISTOGRAMS) {
    if (!a[field] && !b[field]) continue;
    const h = merged[field] = createHistogram();
    addEncoded(h, a[field], b[field]);
  }
  delete merged.plainHdr;
  if (merged.e2eHdr) addEncoded(merged.plainHdr = createHistogram(), plainLatency(a), plainLatency(b));
  const memory = a.memoryMB == null ? b.memoryMB : b.memoryMB == null ? a.memoryMB : sameRun ? (a.memoryMB + b.memoryMB) / 2 : a.memoryMB + b.memoryMB;
  const out = {
    t,
    s: s2,
    requests: a.requests + b.requests,
    failures: a.failures + b.failures,
    // Neighbouring windows of one run: the most VUs in either; shards running side by side: the sum.
    vus: sameRun ? Math.max(a.vus, b.vus) : a.vus + b.vus,
    p50: merged.hdr ? percentile(merged.hdr, 50) : null,
    p95: merged.hdr ? percentile(merged.hdr, 95) : null,
    ttftP95: merged.ttftHdr ? percentile(merged.ttftHdr, 95) : null,
    tokens: a.tokens + b.tokens,
    ...memory !== void 0 ? { memoryMB: memory } : {}
  };
  for (const field of WINDOW_HISTOGRAMS) {
    const encoded = merged[field] && encode(merged[field]);
    if (encoded) out[field] = encoded;
  }
  return out;
}
var TimelineRecorder = class {
  constructor(maxWindows = 600) {
    this.maxWindows = maxWindows;
  }
  maxWindows;
  windowS = 1;
  windows = [];
  current;
  /** The open window's histograms, one per WINDOW_HISTOGRAMS field. */
  latency = createHistogram();
  ttft = createHistogram();
  itl = createHistogram();
  tpot = createHistogram();
  e2e = createHistogram();
  plain = createHistogram();
  open = {
    hdr: this.latency,
    ttftHdr: this.ttft,
    itlHdr: this.itl,
    tpotHdr: this.tpot,
    e2eHdr: this.e2e,
    plainHdr: this.plain
  };
  windowStart(epochMs) {
    return Math.floor(epochMs / 1e3 / this.windowS) * this.windowS;
  }
  /** Moves to the window that holds `epochMs`, closing the ones before it (empty gaps included). */
  advance(epochMs) {
    const t = this.windowStart(epochMs);
    if (this.current && this.current.t === t) return this.current;
    const vus = this.current?.vus ?? 0;
    if (this.current) {
      const closed = this.current;
      this.close(closed);
      for (let gap = closed.t + closed.s; gap < this.windowStart(epochMs); gap += this.windowS) this.push(this.emptyWindow(gap, vus));
    }
    this.current = this.emptyWindow(this.windowStart(epochMs), vus);
    return this.current;
  }
  emptyWindow(t, vus) {
    return { t, s: this.windowS, requests: 0, failures: 0, vus, p50: null, p95: null, ttftP95: null, tokens: 0 };
  }
  close(window) {
    window.p50 = percentile(this.latency, 50);
    window.p95 = percentile(this.latency, 95);
    window.ttftP95 = percentile(this.ttft, 95);
    const hadLlm = this.e2e.totalCount > 0;
    for (const field of WINDOW_HISTOGRAMS) {
      const histogram = this.open[field];
      const encoded = field === "plainHdr" && !hadLlm ? void 0 : encode(histogram);
      if (encoded) window[field] = encoded;
      histogram.reset();
    }
    this.push(window);
  }
  push(window) {
    this.windows.push(window);
    if (this.windows.length > this.maxWindows) this.downsample();
  }
  downsample() {
    const size = this.windowS * 2;
    const merged = [];
    for (const w of this.windows) {
      const t = Math.floor(w.t / size) * size;
      const last = merged[merged.length - 1];
      if (last && last.t === t) merged[merged.length - 1] = mergeWindows(last, w, t, size, true);
      else merged.push({ ...w, t, s: size });
    }
    this.windows = merged;
    this.windowS = size;
  }
  record(epochMs, latencyMs, failed, llm) {
    const window = this.advance(epochMs);
    window.requests++;
    if (failed) window.failures++;
    else if (latencyMs !== void 0) {
      recordMs(this.latency, latencyMs);
      if (!llm) recordMs(this.plain, latencyMs);
    }
    if (llm) {
      window.tokens += llm.outputTokens;
      if (llm.ttftMs !== void 0) recordMs(this.ttft, llm.ttftMs);
      if (llm.tpotMs !== void 0) recordMs(this.tpot, llm.tpotMs);
      recordMs(this.e2e, llm.e2eMs);
      recordItl(this.itl, llm);
    }
  }
  noteVus(epochMs, vus) {
    const window = this.advance(epochMs);
    if (vus > window.vus) window.vus = vus;
  }
  /** Closes the open window and returns every window so far. */
  finish() {
    if (this.current) {
      this.close(this.current);
      this.current = void 0;
    }
    return { windowS: this.windowS, windows: this.windows.slice() };
  }
};

// src/metrics/recorder.ts
var MAX_EXAMPLES = 5;
var LlmStats = class {
  ttft = createHistogram();
  ttfo = createHistogram();
  itl = createHistogram();
  tpot = createHistogram();
  e2e = createHistogram();
  outputTokens = createHistogram();
  tokens = 0;
  tokenSource = { usage: 0, events: 0, disagree: 0 };
  add(m) {
    if (m.ttftMs !== void 0) recordMs(this.ttft, m.ttftMs);
    if (m.ttfoMs !== void 0) recordMs(this.ttfo, m.ttfoMs);
    if (m.tpotMs !== void 0) recordMs(this.tpot, m.tpotMs);
    recordMs(this.e2e, m.e2eMs);
    recordItl(this.itl, m);
    recordCount(this.outputTokens, m.outputTokens);
    this.tokens += m.outputTokens;
    this.tokenSource[m.tokenSource]++;
    if (m.tokensDisagree) this.tokenSource.disagree++;
  }
  /** Adds another group's LLM metrics to these. */
  addAll(other) {
    for (const key of ["ttft", "ttfo", "itl", "tpot", "e2e", "outputTokens"]) this[key].add(other[key]);
    this.tokens += other.tokens;
    this.tokenSource.usage += other.tokenSource.usage;
    this.tokenSource.events += other.tokenSource.events;
    this.tokenSource.disagree += other.tokenSource.disagree;
  }
};
var GroupStats = class {
  requests = 0;
  failures = 0;
  latency = createHistogram();
  llm;
  /** Responses by status code (three digits, as the client reads them): an index, not a map, on the hot path. */
  statusCounts = new Float64Array(1e3);
  countStatus(status) {
    this.statusCounts[status]++;
  }
  /** Adds another group's requests to this one. */
  add(other) {
    this.requests += other.requests;
    this.failures += other.failures;
    this.latency.add(other.latency);
    for (let code = 0; code < this.statusCounts.length; code++) this.statusCounts[code] += other.statusCounts[code];
    if (other.llm) (this.llm ??= new LlmStats()).addAll(other.llm);
  }
  /** The codes seen, in order, with their counts. */
  get statusCodes() {
    const codes = /* @__PURE__ */ new Map();
    this.statusCounts.forEach((count, code) => count && codes.set(code, count));
    return codes;
  }
};
function addTo(group3, sample, failed) {
  group3.requests++;
  if (failed) group3.failures++;
  else {
    recordMs(group3.latency, sample.latencyMs);
    if (sample.llm) (group3.llm ??= new LlmStats()).add(sample.llm);
  }
  if (sample.status) group3.countStatus(sample.status);
}
var MetricsRecorder = class {
  constructor(endpointKeys, scenarioNames, tagKeys = [], maxTimelineWindows) {
    this.endpointKeys = endpointKeys;
    this.scenarioNames = scenarioNames;
    this.tagKeys = tagKeys;
    this.tags = tagKeys.map(() => new GroupStats());
    this.endpoints = endpointKeys.map(() => new GroupStats());
    this.scenarios = scenarioNames.map(() => new GroupStats());
    this.scenarioIterations = scenarioNames.map(() => 0);
    this.timeline = new TimelineRecorder(maxTimelineWindows);
  }
  endpointKeys;
  scenarioNames;
  tagKeys;
  endpoints;
  scenarios;
  scenarioIterations;
  tags;
  /** Open model: scheduled → actual send of each iteration's first request. */
  sendLag = createHistogram();
  droppedIterations = 0;
  /** Attempts made again under load.retry. */
  retries = 0;
  bytesReceived = 0;
  /** Per-request SLO limits (ms) for goodput, from the thresholds table; undefined: no goodput. */
  goodputLimits;
  goodRequests = 0;
  errors = /* @__PURE__ */ new Map();
  timeline;
  interrupted = 0;
  /**
   * The whole run: the endpoint groups summed when read (every request has an endpoint), so a request is
   * recorded into one group fewer. A new group at each read, which its reader may change.
   */
  get overall() {
    const sum = new GroupStats();
    for (const group3 of this.endpoints) sum.add(group3);
    return sum;
  }
  record(sample, epochMs = Date.now()) {
    const failed = sample.error !== void 0;
    addTo(this.endpoints[sample.endpoint], sample, failed);
    if (sample.scenario >= 0) addTo(this.scenarios[sample.scenario], sample, failed);
    if (sample.tags) for (const tag of sample.tags) addTo(this.tags[tag], sample, failed);
    if (failed) this.recordError(sample.error, sample.message);
    else if (this.goodputLimits && sample.scenario >= 0 && this.meetsSlos(sample)) this.goodRequests++;
    this.timeline.record(epochMs, failed ? void 0 : sample.latencyMs, failed, failed ? void 0 : sample.llm);
  }
  recordError(kind, message) {
    let stats = this.errors.get(kind);
    if (!stats) this.errors.set(kind, stats = { count: 0, examples: [] });
    stats.count++;
    if (message && stats.examples.length < MAX_EXAMPLES) {
      const text = scrub(message).slice(0, 300);
      if (!stats.examples.includes(text)) stats.examples.push(text);
    }
  }
  /** LLM replies are held to ttft, tpot and e2e limits; other requests to the latency limit. */
  meetsSlos(sample) {
    const limits = this.goodputLimits;
    const llm = sample.llm;
    if (!llm) return limits.latencyMs === void 0 || sample.latencyMs <= limits.latencyMs;
    if (limits.ttftMs !== void 0 && (llm.ttftMs === void 0 || llm.ttftMs > limits.ttftMs)) return false;
    if (limits.tpotMs !== void 0 && llm.tpotMs !== void 0 && llm.tpotMs > limits.tpotMs) return false;
    return limits.e2eMs === void 0 || llm.e2eMs <= limits.e2eMs;
  }
  recordSendLag(ms) {
    recordMs(this.sendLag, ms);
  }
  iterationDone(scenario) {
    this.scenarioIterations[scenario]++;
  }
};

// src/results/results.ts
var RESULTS_SCHEMA = "llm-load/results@1";
var round = (value, digits = 3) => Number(value.toFixed(digits));
function llmMetrics(llm) {
  return {
    ttft: summarize(llm.ttft),
    ttfo: summarize(llm.ttfo),
    itl: summarize(llm.itl),
    tpot: summarize(llm.tpot),
    e2e: summarize(llm.e2e),
    output_tokens: summarize(llm.outputTokens, 1)
  };
}
function group(stats, durationS) {
  return {
    requests: stats.requests,
    failures: stats.failures,
    rps: durationS > 0 ? round(stats.requests / durationS) : 0,
    statusCodes: Object.fromEntries([...stats.statusCodes].sort(([a], [b]) => a - b).map(([code, n]) => [String(code), n])),
    metrics: { latency: summarize(stats.latency), ...stats.llm ? llmMetrics(stats.llm) : {} },
    ...stats.llm ? { outputTokens: stats.llm.tokens } : {}
  };
}
function buildResults(recorder, meta, hasLlmSteps = false, openModel = false) {
  const { overall } = recorder;
  if (hasLlmSteps) overall.llm ??= new LlmStats();
  const llm = overall.llm;
  const tokens = llm?.tokens ?? 0;
  const d = meta.durationS;
  const all = group(overall, d);
  const successes = overall.requests - overall.failures;
  return {
    schema: RESULTS_SCHEMA,
    meta,
    totals: {
      requests: overall.requests,
      successes,
      failures: overall.failures,
      successRate: overall.requests ? round(successes / overall.requests, 6) : 0,
      errorRate: overall.requests ? round(overall.failures / overall.requests, 6) : 0,
      rps: all.rps,
      iterations: recorder.scenarioIterations.reduce((a, b) => a + b, 0),
      interrupted: recorder.interrupted,
      bytesReceived: recorder.bytesReceived,
      ...recorder.retries ? { retries: recorder.retries } : {},
      ...hasLlmSteps || llm ? {
        outputTokens: tokens,
        outputTokensPerS: d > 0 ? round(tokens / d) : 0,
        tokenSource: { ...llm?.tokenSource ?? { usage: 0, events: 0, disagree: 0 } }
      } : {},
      ...openModel ? { droppedIterations: recorder.droppedIterations } : {}
    },
    metrics: openModel ? { ...all.metrics, send_lag: summarize(recorder.sendLag) } : all.metrics,
    ...recorder.goodputLimits ? {
      goodput: {
        ratio: overall.requests ? round(recorder.goodRequests / overall.requests, 6) : 0,
        requests: overall.requests,
        slos: Object.entries(recorder.goodputLimits).map(([k, v]) => `${k.replace(/Ms$/, "")} \u2264 ${v}ms`)
      }
    } : {},
    ...recorder.tagKeys.length ? { tags: Object.fromEntries(recorder.tagKeys.map((key, i) => [key, group(recorder.tags[i], d)])) } : {},
    endpoints: Object.fromEntries(recorder.endpointKeys.map((key, i) => [key, group(recorder.endpoints[i], d)])),
    scenarios: Object.fromEntries(
      recorder.scenarioNames.map((name, i) => [name, { ...group(recorder.scenarios[i], d), iterations: recorder.scenarioIterations[i] }])
    ),
    statusCodes: all.statusCodes,
    errors: Object.fromEntries(recorder.errors),
    timeline: recorder.timeline.finish()
  };
}

// src/core/version.ts
var VERSION = true ? "0.1.0" : "dev";

// src/engine/load.ts
import { arch, cpus, platform, release } from "node:os";
import { dirname, resolve } from "node:path";

// src/core/duration.ts
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  const s2 = ms / 1e3;
  if (s2 < 60) return `${Number(s2.toFixed(1))}s`;
  const m = Math.floor(s2 / 60);
  const rest = Math.round(s2 - m * 60);
  return rest ? `${m}m${rest}s` : `${m}m`;
}

// src/metrics/generator.ts
import { monitorEventLoopDelay, performance as performance4 } from "node:perf_hooks";
var ELU_LIMIT = 0.9;
var LAG_LIMIT_MS = 20;
var SEND_LAG_LIMIT_MS = 10;
function judgeGenerator(health) {
  const reasons = [];
  if (health.eventLoopUtilization > ELU_LIMIT)
    reasons.push(`its event loop was busy ${(health.eventLoopUtilization * 100).toFixed(0)}% of the time`);
  if (health.eventLoopLagP99Ms > LAG_LIMIT_MS) reasons.push(`its event loop lagged ${health.eventLoopLagP99Ms.toFixed(1)} ms (p99)`);
  if (health.sendLagP99Ms !== null && health.sendLagP99Ms > SEND_LAG_LIMIT_MS)
    reasons.push(`requests left ${health.sendLagP99Ms.toFixed(1)} ms after they were due (p99)`);
  return { ...health, saturated: reasons.length > 0, reasons };
}
var GeneratorMonitor = class {
  delay = monitorEventLoopDelay({ resolution: 10 });
  elu = performance4.eventLoopUtilization();
  cpu = process.cpuUsage();
  wall = performance4.now();
  readings;
  constructor() {
    this.delay.enable();
  }
  /**
   * The load is over: what comes after (closing ten thousand connections at once, building the results)
   * is not the generator's and must not read as event-loop lag or load. Later calls change nothing.
   */
  end() {
    if (this.readings) return;
    this.delay.disable();
    const elu = performance4.eventLoopUtilization(this.elu);
    const cpu = process.cpuUsage(this.cpu);
    const wallMs = Math.max(1, performance4.now() - this.wall);
    const lag = (ns) => Math.max(0, ns / 1e6 - 10);
    this.readings = {
      eventLoopUtilization: Number(elu.utilization.toFixed(3)),
      eventLoopLagP99Ms: Number(lag(this.delay.percentile(99)).toFixed(3)),
      eventLoopLagMaxMs: Number(lag(this.delay.max).toFixed(3)),
      cpuPercent: Number(((cpu.user + cpu.system) / 1e3 / wallMs * 100).toFixed(1)),
      threads: 1
    };
  }
  /** The health over the run, up to end() (or now, if it was not called). */
  stop(sendLagP99Ms) {
    this.end();
    return judgeGenerator({ ...this.readings, sendLagP99Ms });
  }
};
function mergeGenerator(parts) {
  const present = parts.filter((p) => p !== void 0);
  if (present.length === 0) return void 0;
  const max = (pick) => Math.max(...present.map(pick));
  const sendLags = present.map((p) => p.sendLagP99Ms).filter((v) => v !== null);
  return judgeGenerator({
    eventLoopUtilization: max((g) => g.eventLoopUtilization),
    eventLoopLagP99Ms: max((g) => g.eventLoopLagP99Ms),
    eventLoopLagMaxMs: max((g) => g.eventLoopLagMaxMs),
    cpuPercent: max((g) => g.cpuPercent),
    threads: present.reduce((n, g) => n + g.threads, 0),
    sendLagP99Ms: sendLags.length ? Math.max(...sendLags) : null
  });
}

// src/metrics/resources.ts
var ResourceRecorder = class {
  constructor(source, max = 600) {
    this.source = source;
    this.max = max;
  }
  source;
  max;
  series = /* @__PURE__ */ new Map();
  add(epochMs, samples) {
    for (const s2 of samples) {
      let entry = this.series.get(s2.service);
      if (!entry) this.series.set(s2.service, entry = { points: [], peak: 0 });
      const memoryMB = s2.memoryBytes / 1e6;
      entry.peak = Math.max(entry.peak, memoryMB);
      entry.points.push({ t: epochMs / 1e3, memoryMB, cpuPercent: s2.cpuPercent });
      if (entry.points.length > this.max) entry.points = halve(entry.points);
    }
  }
  finish() {
    const round2 = (v) => Number(v.toFixed(3));
    return {
      source: this.source,
      services: Object.fromEntries(
        [...this.series].map(([name, { points, peak }]) => [
          name,
          {
            peakMemoryMB: round2(peak),
            points: points.map((p) => ({
              t: round2(p.t),
              memoryMB: round2(p.memoryMB),
              cpuPercent: p.cpuPercent === null ? null : round2(p.cpuPercent)
            }))
          }
        ])
      )
    };
  }
};
function halve(points) {
  const out = [];
  for (let i = 0; i < points.length; i += 2) {
    const a = points[i];
    const b = points[i + 1];
    if (!b) out.push(a);
    else {
      const cpu = a.cpuPercent === null || b.cpuPercent === null ? a.cpuPercent ?? b.cpuPercent : (a.cpuPercent + b.cpuPercent) / 2;
      out.push({ t: (a.t + b.t) / 2, memoryMB: (a.memoryMB + b.memoryMB) / 2, cpuPercent: cpu });
    }
  }
  return out;
}
function annotateTimeline(windows, resources) {
  for (const w of windows) {
    let total = 0;
    let any = false;
    for (const { points } of Object.values(resources.services)) {
      const inside = points.filter((p) => p.t >= w.t && p.t < w.t + w.s);
      if (inside.length === 0) continue;
      any = true;
      total += inside.reduce((sum, p) => sum + p.memoryMB, 0) / inside.length;
    }
    w.memoryMB = any ? Number(total.toFixed(3)) : null;
  }
}

// src/engine/auth.ts
var LoginError = class extends Error {
};
var AuthSession = class {
  constructor(auth, http, recorder, timeoutMs, fixedToken, signal) {
    this.auth = auth;
    this.http = http;
    this.recorder = recorder;
    this.timeoutMs = timeoutMs;
    this.fixedToken = fixedToken;
    this.signal = signal;
    if (fixedToken) registerSecret(fixedToken);
  }
  auth;
  http;
  recorder;
  timeoutMs;
  fixedToken;
  signal;
  tokens = /* @__PURE__ */ new Map();
  key(vu) {
    return this.auth?.perVu ? vu : 0;
  }
  token(vu) {
    if (this.fixedToken) return Promise.resolve(this.fixedToken);
    const key = this.key(vu);
    let pending = this.tokens.get(key);
    if (!pending) {
      pending = this.login(vu).catch(() => {
        this.tokens.delete(key);
        return void 0;
      });
      this.tokens.set(key, pending);
    }
    return pending;
  }
  /**
   * Logs in once before the run when the token is shared, so a login that fails stops the run with its
   * reason (as a LoginError) instead of failing every iteration.
   */
  async prime() {
    if (this.fixedToken || !this.auth || this.auth.perVu) return;
    const login = this.login(0);
    this.tokens.set(
      0,
      login.catch(() => void 0)
    );
    await login;
  }
  /** A request with `stale` got 401: log in again, unless another VU already did. */
  async refresh(vu, stale) {
    if (this.fixedToken) return void 0;
    const key = this.key(vu);
    const current = await this.tokens.get(key);
    if (current !== void 0 && current !== stale) return current;
    this.tokens.delete(key);
    return this.token(vu);
  }
  /** Logs in; throws LoginError with a scrubbed reason when it fails (the failure is also recorded). */
  async login(vu) {
    const auth = this.auth;
    const request = {
      origin: auth.origin,
      path: auth.path,
      method: auth.method,
      headers: auth.headers,
      body: auth.body?.({ vu })
    };
    const start = performance.now();
    const pending = this.http.send(request, true);
    const timer = setTimeout(() => pending.abort("timeout"), this.timeoutMs);
    const stop = () => pending.abort("stop");
    if (this.signal?.aborted) stop();
    else this.signal?.addEventListener("abort", stop, { once: true });
    const outcome = await pending.outcome;
    clearTimeout(timer);
    this.signal?.removeEventListener("abort", stop);
    const latencyMs = performance.now() - start;
    let token;
    let problem = outcome.error === "interrupted" ? "interrupted" : outcome.message;
    if (!outcome.error) {
      try {
        token = readJsonPath(JSON.parse(outcome.body ?? ""), auth.tokenPath);
      } catch {
        token = void 0;
      }
      if (typeof token !== "string" || token === "") problem = `login response has no token at ${auth.tokenSource}`;
    }
    const kind = outcome.error && outcome.error !== "interrupted" ? outcome.error : problem ? "assertion" : void 0;
    this.recorder.record({ endpoint: auth.endpoint, scenario: -1, latencyMs, status: outcome.status, error: kind, message: problem });
    if (problem) throw new LoginError(`auth login ${auth.method} ${auth.path}: ${problem}`);
    registerSecret(token);
    return token;
  }
};

// src/engine/data.ts
import { readFile } from "node:fs/promises";
import { extname } from "node:path";

// src/engine/words.ts
var SYNTHETIC_WORDS = "time year people way day man thing woman life child world school state family student group country problem hand part place case week company system program question work government number night point home water room mother area money story fact month lot right study book eye job word business issue side kind head house service friend father power hour game line end member law car city community name president team minute idea kid body information back parent face others level office door health person art war history party result change morning reason research girl guy moment air teacher force education foot boy age policy process music market sense nation plan college interest death experience effect use class control care field development role effort rate heart drug show leader light voice wife police mind price report decision son view relationship town road arm difference value building action model season society tax director position player record paper space ground form event official matter center couple site project activity star table need court oil situation cost industry figure street image phone data picture practice piece land product doctor wall patient worker news test movie north love support technology step baby computer type attention film tree source organization hair window evidence population truth song energy approach security focus chance system network server request latency token stream model prompt answer question reason think explain describe compare summarize list write small large fast slow careful simple clear short long first last next other new old good great high low early late young important public ".trim().split(/\s+/);

// src/engine/data.ts
function asItem(value, where) {
  if (typeof value === "string") return { prompt: value, messages: [{ role: "user", content: value }] };
  if (Array.isArray(value)) return { prompt: lastContent(value), messages: value };
  if (value && typeof value === "object") {
    const record = value;
    if (Array.isArray(record.messages)) return { prompt: lastContent(record.messages), messages: record.messages };
    if (typeof record.prompt === "string") return asItem(record.prompt, where);
  }
  throw new ConfigError(
    `${where}: expected a prompt string, a messages array, or an object with "prompt" or "messages"`,
    'one prompt per line: "text", [{"role": "user", "content": "\u2026"}], or {"prompt": "\u2026"}'
  );
}
function lastContent(messages) {
  const content = messages[messages.length - 1]?.content;
  return typeof content === "string" ? content : JSON.stringify(content ?? "");
}
function csvFields(line) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      fields.push(field);
      field = "";
    } else field += c;
  }
  fields.push(field);
  return fields;
}
async function loadPrompts(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `data.prompts: cannot read ${file} (${error.code ?? error.message})`,
      "data.prompts is relative to the profile's folder"
    );
  }
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== "");
  const ext = extname(file).toLowerCase();
  let items;
  if (ext === ".jsonl" || ext === ".ndjson" || ext === ".json") {
    items = lines.map((line, i) => {
      try {
        return asItem(JSON.parse(line), `${file}:${i + 1}`);
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        throw new ConfigError(
          `${file}:${i + 1}: not valid JSON (${error.message})`,
          "a .jsonl file holds one JSON value per line"
        );
      }
    });
  } else if (ext === ".csv") {
    const header = csvFields(lines[0] ?? "").map((h) => h.trim().toLowerCase());
    const column = header.indexOf("prompt");
    if (column < 0)
      throw new ConfigError(
        `${file}: a CSV of prompts needs a "prompt" column in its header row, got ${header.join(", ")}`,
        'name the column of prompts "prompt" in the first row'
      );
    items = lines.slice(1).map((line) => asItem(csvFields(line)[column] ?? "", file));
  } else {
    items = lines.map((line) => asItem(line, file));
  }
  if (items.length === 0) throw new ConfigError(`data.prompts: ${file} holds no prompts`, "put one prompt per line in it");
  return items;
}
function draw(distribution, random) {
  if ("fixed" in distribution) return distribution.fixed;
  if ("list" in distribution) return distribution.list[Math.floor(random() * distribution.list.length)];
  const u = 1 - random();
  const v = random();
  const value = distribution.mean + distribution.stddev * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.round(Math.min(distribution.max, Math.max(distribution.min, value)));
}
function syntheticPrompt(tokens, random) {
  const words = Math.max(1, Math.round(tokens / 1.3));
  const out = [];
  for (let i = 0; i < words; i++) out.push(SYNTHETIC_WORDS[Math.floor(random() * SYNTHETIC_WORDS.length)]);
  return out.join(" ");
}
function createDataSource(options) {
  let next = 0;
  return {
    fill(vars, vu, iteration) {
      const random = seededRandom((options.seed ^ Math.imul(vu, 2246822507) ^ Math.imul(iteration + 1, 3266489909)) >>> 0);
      const prompts = options.prompts;
      if (prompts) {
        const index = options.order === "random" ? Math.floor(random() * prompts.length) : options.order === "per_vu" ? (vu - 1) % prompts.length : next++ % prompts.length;
        const item = prompts[index];
        vars.prompt = item.prompt;
        vars.messages = item.messages;
      } else if (options.inputTokens) {
        const tokens = draw(options.inputTokens, random);
        const prompt = syntheticPrompt(tokens, random);
        vars.prompt = prompt;
        vars.messages = [{ role: "user", content: prompt }];
        vars.input_tokens = tokens;
      }
      if (options.outputTokens) vars.max_tokens = draw(options.outputTokens, random);
    }
  };
}

// src/engine/http.ts
import { isIP, connect as connectTcp } from "node:net";
import { connect as connectTls } from "node:tls";

// src/engine/http-response.ts
var ResponseParseError = class extends Error {
  code = "HPE_INVALID_RESPONSE";
};
var MAX_HEAD_BYTES = 64 * 1024;
function headWithin(bytes) {
  if (bytes > MAX_HEAD_BYTES) throw new ResponseParseError(`the response head is over ${MAX_HEAD_BYTES} bytes`);
}
var MAX_LINE_BYTES = 8 * 1024;
var LF = 10;
var REQUEST_ID_HEADERS = /* @__PURE__ */ new Set(["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"]);
var WANTED_NAMES = ["content-length", "transfer-encoding", "connection", "retry-after", ...REQUEST_ID_HEADERS];
var TOKEN_BYTE = new Uint8Array(256);
for (const c of "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") TOKEN_BYTE[c.charCodeAt(0)] = 1;
var bytesOf = (ascii) => Uint8Array.from(ascii, (c) => c.charCodeAt(0));
var WANTED_BY_LENGTH = Array.from({ length: 32 }, () => void 0);
for (const name of WANTED_NAMES) (WANTED_BY_LENGTH[name.length] ??= []).push({ name, bytes: bytesOf(name) });
var HTTP_1 = bytesOf("HTTP/1.");
var CLOSE = bytesOf("close");
var KEEP_ALIVE = bytesOf("keep-alive");
var CR = 13;
var COLON = 58;
var SEMICOLON = 59;
var SPACE = 32;
var TAB = 9;
var MAX_CHUNK_SIZE_DIGITS = 12;
function hexDigit(byte) {
  if (byte >= 48 && byte <= 57) return byte - 48;
  const lower = byte | 32;
  return lower >= 97 && lower <= 102 ? lower - 97 + 10 : -1;
}
function statusOf(data, from, to) {
  if (to - from < 12) return -1;
  for (let k = 0; k < HTTP_1.length; k++) if (data[from + k] !== HTTP_1[k]) return -1;
  const version = data[from + 7];
  if (version !== 48 && version !== 49 || data[from + 8] !== 32 || to - from > 12 && data[from + 12] !== 32) return -1;
  let status = 0;
  for (let i = from + 9; i < from + 12; i++) {
    const digit = data[i] - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    status = status * 10 + digit;
  }
  return status;
}
function digitsOf(data, from, to) {
  while (from < to && (data[from] === 32 || data[from] === 9)) from++;
  while (to > from && (data[to - 1] === 32 || data[to - 1] === 9)) to--;
  if (from === to || to - from > 15) return -1;
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = data[i] - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}
function bytesAre(data, at, lower) {
  for (let k = 0; k < lower.length; k++) if ((data[at + k] | 32) !== lower[k]) return false;
  return true;
}
function containsLower(data, from, to, lower) {
  const first = lower[0];
  for (let i = from; i + lower.length <= to; i++) if ((data[i] | 32) === first && bytesAre(data, i, lower)) return true;
  return false;
}
function colonOf(data, from, to) {
  let i = from;
  while (i < to && TOKEN_BYTE[data[i]] === 1) i++;
  if (i > from && i < to && data[i] === COLON) return i;
  const line = JSON.stringify(data.toString("latin1", from, Math.min(to, from + 60)));
  const byte = data[i];
  if (i === from && (byte === SPACE || byte === TAB))
    throw new ResponseParseError(`a header line begins with whitespace (an obsolete line folding): ${line}`);
  if (byte === SPACE || byte === TAB) {
    const rest = data.indexOf(COLON, i);
    if (rest !== -1 && rest < to && data.subarray(i, rest).every((b) => b === SPACE || b === TAB))
      throw new ResponseParseError(`whitespace between a header name and its colon: ${line}`);
  }
  if (i === to) throw new ResponseParseError(`a header line without a colon: ${line}`);
  throw new ResponseParseError(`a header name that is not a token: ${line}`);
}
function wantedName(data, at, length) {
  const wanted = length < WANTED_BY_LENGTH.length ? WANTED_BY_LENGTH[length] : void 0;
  if (wanted === void 0) return void 0;
  const first = data[at] | 32;
  for (const { name, bytes } of wanted) if (bytes[0] === first && bytesAre(data, at, bytes)) return name;
  return void 0;
}
function bareLf(data, from, at) {
  const line = JSON.stringify(data.toString("latin1", from, Math.min(at, from + 60)));
  return new ResponseParseError(`a line of the response head ends in LF without CR: ${line}`);
}
var ResponseParser = class {
  constructor(sink) {
    this.sink = sink;
  }
  sink;
  state = 0 /* Idle */;
  noBody = false;
  remaining = 0;
  partialHead;
  /** Bytes read of the current chunk-size or trailer line, and the chunk size's digits among them. */
  lineBytes = 0;
  sizeDigits = 0;
  /** The CR of the CRLF after a chunk's data has been read (its LF may come in the next read). */
  sawCr = false;
  head = { status: 0, keepAlive: true, retryAfter: void 0, requestId: void 0 };
  /** Arms the parser for the response to the request just sent (a HEAD request's response has no body). */
  expect(method) {
    this.state = 1 /* Head */;
    this.noBody = method === "HEAD";
    this.partialHead = void 0;
  }
  /** Whether the response has been read to its end. */
  get complete() {
    return this.state === 10 /* Complete */;
  }
  /** Whether any byte of the response has arrived yet. */
  get started() {
    return this.state !== 1 /* Head */ || this.partialHead !== void 0;
  }
  /**
   * Reads bytes; returns how many belonged to the response. Fewer than given means the server sent more
   * than one response's worth: the connection is then not reused.
   */
  push(buffer, n = buffer.length) {
    let i = 0;
    while (i < n && this.state !== 10 /* Complete */) {
      switch (this.state) {
        case 0 /* Idle */:
          throw new ResponseParseError("the server sent bytes before any request");
        case 1 /* Head */:
          i = this.readHead(buffer, i, n);
          break;
        case 2 /* Body */: {
          const end = Math.min(n, i + this.remaining);
          this.sink.onBody(buffer, i, end);
          this.remaining -= end - i;
          i = end;
          if (this.remaining === 0) this.state = 10 /* Complete */;
          break;
        }
        case 3 /* UntilClose */:
          this.sink.onBody(buffer, i, n);
          i = n;
          break;
        case 4 /* ChunkSize */:
        case 5 /* ChunkSizeEnd */:
        case 6 /* ChunkExtension */:
          i = this.readChunkSize(buffer, i, n);
          break;
        case 7 /* ChunkData */: {
          const end = Math.min(n, i + this.remaining);
          this.sink.onBody(buffer, i, end);
          this.remaining -= end - i;
          i = end;
          if (this.remaining === 0) {
            this.state = 8 /* ChunkDataEnd */;
            this.sawCr = false;
          }
          break;
        }
        case 8 /* ChunkDataEnd */:
          i = this.readChunkEnd(buffer, i);
          break;
        case 9 /* Trailers */:
          i = this.readTrailers(buffer, i, n);
          break;
      }
    }
    return i;
  }
  /** The connection closed: a body framed by the close is complete, anything else was cut short. */
  close() {
    if (this.state === 3 /* UntilClose */) this.state = 10 /* Complete */;
    return this.state === 10 /* Complete */;
  }
  readHead(buffer, from, n) {
    if (!this.partialHead) {
      const end2 = this.parseHead(buffer, from, n);
      if (end2 !== -1) {
        headWithin(end2 - from);
        return end2;
      }
      this.carry(buffer, from, n);
      return n;
    }
    const carried = this.partialHead.length;
    const data = Buffer.concat([this.partialHead, buffer.subarray(from, n)]);
    const end = this.parseHead(data, 0, data.length);
    if (end === -1) {
      this.carry(data, 0, data.length);
      return n;
    }
    headWithin(end);
    this.partialHead = void 0;
    return from + end - carried;
  }
  /** Keeps the start of a head whose end has not arrived yet. */
  carry(data, from, to) {
    headWithin(to - from);
    this.partialHead = Buffer.from(data.subarray(from, to));
  }
  /**
   * Reads a head from `data[start, limit)` straight from the bytes, in one pass; returns where it ends (just
   * past its blank line), or -1 when it has not all arrived (nothing is kept from it then).
   */
  parseHead(data, start, limit) {
    let lineEnd = start;
    while (lineEnd < limit && data[lineEnd] !== CR && data[lineEnd] !== LF) lineEnd++;
    if (data[lineEnd] === LF && lineEnd < limit) throw bareLf(data, start, lineEnd);
    if (lineEnd + 1 >= limit) return -1;
    const status = statusOf(data, start, lineEnd);
    if (status === -1 || data[lineEnd + 1] !== LF)
      throw new ResponseParseError(
        `not an HTTP/1.x status line: ${JSON.stringify(data.toString("latin1", start, Math.min(lineEnd, start + 60)))}`
      );
    let keepAlive = data[start + 7] === 49;
    let contentLength = -1;
    let chunked = false;
    let retryAfter;
    let requestId;
    let from = lineEnd + 2;
    for (; ; ) {
      let to = from;
      while (to < limit && data[to] !== CR && data[to] !== LF) to++;
      if (data[to] === LF && to < limit) throw bareLf(data, from, to);
      if (to + 1 >= limit) return -1;
      if (data[to + 1] !== LF) throw new ResponseParseError("a header line of the response ends in CR without LF");
      const lineFrom = from;
      from = to + 2;
      if (to === lineFrom) break;
      const colon = colonOf(data, lineFrom, to);
      const name = wantedName(data, lineFrom, colon - lineFrom);
      if (name === void 0) continue;
      if (name === "content-length") {
        const length = digitsOf(data, colon + 1, to);
        if (length === -1 || contentLength !== -1 && contentLength !== length)
          throw new ResponseParseError(`invalid content-length: ${JSON.stringify(data.toString("latin1", colon + 1, to).trim())}`);
        contentLength = length;
      } else if (name === "connection") {
        if (containsLower(data, colon + 1, to, CLOSE)) keepAlive = false;
        else if (containsLower(data, colon + 1, to, KEEP_ALIVE)) keepAlive = true;
      } else {
        const value = data.toString("latin1", colon + 1, to).trim();
        if (name === "transfer-encoding") chunked = /(?:^|,)\s*chunked\s*$/i.test(value);
        else if (name === "retry-after") retryAfter = value;
        else if (requestId === void 0 && REQUEST_ID_HEADERS.has(name)) requestId = value;
      }
    }
    if (chunked && contentLength !== -1)
      throw new ResponseParseError("the response has both content-length and transfer-encoding: chunked (RFC 9112 \xA76.3)");
    if (status < 200) {
      if (status === 101) throw new ResponseParseError("the server switched protocols (101), which a load test cannot follow");
      return from;
    }
    const head = this.head;
    head.status = status;
    head.keepAlive = keepAlive;
    head.retryAfter = retryAfter;
    head.requestId = requestId;
    this.sink.onHead(head);
    if (this.noBody || status === 204 || status === 304) this.state = 10 /* Complete */;
    else if (chunked) this.startChunkSize();
    else if (contentLength >= 0) {
      this.remaining = contentLength;
      this.state = contentLength === 0 ? 10 /* Complete */ : 2 /* Body */;
    } else {
      head.keepAlive = false;
      this.state = 3 /* UntilClose */;
    }
    return from;
  }
  /**
   * The chunk-size line — hex digits, optional spaces, an optional `;extension`, then CRLF (or a bare LF) —
   * read byte by byte from `at`, so a line split across reads needs no copy and a chunk costs no string.
   * Returns where reading stopped: past the line's LF, or `n` when the line goes on in the next read.
   */
  readChunkSize(data, at, n) {
    for (let i = at; i < n; i++) {
      const byte = data[i];
      if (byte === LF) {
        if (this.sizeDigits === 0) throw this.badChunkSize(data, at, i);
        this.state = this.remaining === 0 ? 9 /* Trailers */ : 7 /* ChunkData */;
        this.lineBytes = 0;
        return i + 1;
      }
      if (++this.lineBytes > MAX_LINE_BYTES) throw new ResponseParseError("a chunk-size line is too long");
      if (this.state === 6 /* ChunkExtension */) continue;
      const digit = this.state === 4 /* ChunkSize */ ? hexDigit(byte) : -1;
      if (digit !== -1) {
        if (++this.sizeDigits > MAX_CHUNK_SIZE_DIGITS) throw this.badChunkSize(data, at, i + 1);
        this.remaining = this.remaining * 16 + digit;
      } else if (byte === SEMICOLON && this.sizeDigits > 0) this.state = 6 /* ChunkExtension */;
      else if (byte === SPACE || byte === TAB || byte === CR) {
        if (this.sizeDigits > 0) this.state = 5 /* ChunkSizeEnd */;
      } else throw this.badChunkSize(data, at, i + 1);
    }
    return n;
  }
  badChunkSize(data, from, to) {
    const seen = data.toString("latin1", Math.max(from, to - 40), to).replace(/\r$/, "");
    return new ResponseParseError(`invalid chunk size: ${JSON.stringify(seen)} (a chunk-size line is hex digits, then CRLF)`);
  }
  /** The CRLF (or bare LF) that ends a chunk's data; anything else means the chunk ran past its size. */
  readChunkEnd(data, i) {
    const byte = data[i];
    if (byte === CR && !this.sawCr) {
      this.sawCr = true;
      return i + 1;
    }
    if (byte !== LF) throw new ResponseParseError("a chunk of the response body is longer than its size says");
    this.startChunkSize();
    return i + 1;
  }
  startChunkSize() {
    this.state = 4 /* ChunkSize */;
    this.remaining = 0;
    this.sizeDigits = 0;
    this.lineBytes = 0;
  }
  /** Trailer lines after the last chunk, skipped up to the blank line that ends the response. */
  readTrailers(data, at, n) {
    for (let i = at; i < n; i++) {
      const byte = data[i];
      if (byte === LF) {
        if (this.lineBytes === 0) {
          this.state = 10 /* Complete */;
          return i + 1;
        }
        this.lineBytes = 0;
      } else if (byte !== CR && ++this.lineBytes > MAX_LINE_BYTES) throw new ResponseParseError("a trailer line is too long");
    }
    return n;
  }
};

// src/engine/http.ts
var READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
var KEEP_BODY_LIMIT = 8 * 1024 * 1024;
var LARGE_BODY = 64 * 1024;
var ERROR_BODY_LIMIT = 512;
var BAD_PATH = /[\x00-\x20\x7f]/;
var lastLargeBody;
function largeBodyBytes(text) {
  if (lastLargeBody?.text !== text) lastLargeBody = { text, bytes: Buffer.from(text) };
  return lastLargeBody.bytes;
}
var HttpClient = class {
  constructor(options) {
    this.options = options;
  }
  options;
  pools = /* @__PURE__ */ new Map();
  lastPool;
  closed = false;
  /**
   * Sends a request and reads its response to the end. `keepBody` keeps the text (for captures and JSON
   * replies); `onChunk` sees each body chunk of a successful response as it arrives (for streams);
   * `expectedStatus` lists statuses that are not failures even when ≥ 400; `onDone`, when given, gets the
   * outcome without a promise (the engine's hot path), otherwise read `outcome`. `reuse`: a request this
   * caller sent before, settled, whose outcome it no longer reads: its object carries this one (a VU sends
   * one request at a time, so the hot path allocates no exchange per request).
   */
  send(request, keepBody, onChunk, expectedStatus, onDone, reuse) {
    const exchange = reuse instanceof Exchange && reuse.reusable ? reuse.reset(request, keepBody, onChunk, expectedStatus, onDone) : new Exchange(request, keepBody, onChunk, expectedStatus, onDone);
    try {
      const pool = this.pool(request.origin);
      const problem = exchange.serialize(pool.host);
      if (problem) throw Object.assign(new Error(problem), { code: "ERR_INVALID_REQUEST" });
      pool.dispatch(exchange);
    } catch (error) {
      setImmediate(() => exchange.fail(error));
    }
    return exchange;
  }
  pool(origin) {
    if (this.closed) throw closedError();
    if (origin === this.lastPool?.origin) return this.lastPool;
    let pool = this.pools.get(origin);
    if (!pool) this.pools.set(origin, pool = new Pool(origin, this.options));
    return this.lastPool = pool;
  }
  async close() {
    this.closed = true;
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
    this.pools.clear();
    this.lastPool = void 0;
  }
};
var Exchange = class {
  // Every field but `promise` is set by reset(), the one list of what a new exchange starts from (the
  // constructor's and a reused object's alike), so no field of an earlier request can leak into the next.
  request;
  keepBody;
  onChunk;
  expectedStatus;
  onDone;
  wire;
  wireBody;
  /** Sent again once on a fresh connection when a reused one closed before answering. */
  retried;
  connection;
  status;
  bytes;
  body;
  requestId;
  retryAfterS;
  error;
  message;
  settled;
  promise;
  resolve;
  failed;
  limit;
  kept;
  keptBytes;
  retryAfter;
  /** Set by the pool while the request waits for a connection. */
  queuedIn;
  constructor(request, keepBody, onChunk, expectedStatus, onDone) {
    this.reset(request, keepBody, onChunk, expectedStatus, onDone);
  }
  /** Settled, and no promise of its outcome was handed out (whoever holds one may still read it). */
  get reusable() {
    return this.settled && this.promise === void 0;
  }
  /** This object, made into a new exchange for `request` (see HttpClient.send's `reuse`). */
  reset(request, keepBody, onChunk, expectedStatus, onDone) {
    this.request = request;
    this.keepBody = keepBody;
    this.onChunk = onChunk;
    this.expectedStatus = expectedStatus;
    this.onDone = onDone;
    this.wire = "";
    this.wireBody = void 0;
    this.retried = false;
    this.connection = void 0;
    this.status = 0;
    this.bytes = 0;
    this.body = void 0;
    this.requestId = void 0;
    this.retryAfterS = void 0;
    this.error = void 0;
    this.message = void 0;
    this.settled = false;
    this.resolve = void 0;
    this.failed = false;
    this.limit = 0;
    this.kept = void 0;
    this.keptBytes = 0;
    this.retryAfter = void 0;
    this.queuedIn = void 0;
    return this;
  }
  /** Made only when asked for: the engine's hot path takes the outcome by callback. */
  get outcome() {
    return this.promise ??= this.settled ? Promise.resolve(this) : new Promise((resolve2) => this.resolve = resolve2);
  }
  /** Ends the exchange with `error` (none: a complete response) and tells whoever waits. */
  settle(error, message) {
    this.settled = true;
    this.error = error;
    this.message = message;
    this.kept = void 0;
    this.onDone?.(this);
    this.resolve?.(this);
  }
  /** Builds the request's bytes; returns what is wrong with it, if anything. */
  serialize(host) {
    if (this.request.wire !== void 0) {
      this.wire = this.request.wire;
      this.wireBody = this.request.wireBody;
      return void 0;
    }
    const { method, path, headers, body } = this.request;
    if (BAD_PATH.test(path)) return `the path ${JSON.stringify(path.slice(0, 80))} has spaces or control characters: encode them`;
    const ownHost = headers.host;
    if (ownHost !== void 0 && headerProblem("host", ownHost)) return headerProblem("host", ownHost);
    let wire = `${method} ${path} HTTP/1.1\r
host: ${ownHost ?? host}\r
`;
    for (const name in headers) {
      const value = headers[name];
      if (name === "host") continue;
      const problem = headerProblem(name, value);
      if (problem) return problem;
      wire += `${name}: ${value}\r
`;
    }
    if (body !== void 0 && body.length >= LARGE_BODY) {
      const bytes = largeBodyBytes(body);
      wire += `content-length: ${bytes.length}\r
\r
`;
      this.wireBody = this.request.wireBody = bytes;
    } else if (body !== void 0) wire += `content-length: ${Buffer.byteLength(body)}\r
\r
${body}`;
    else wire += method === "POST" || method === "PUT" || method === "PATCH" ? "content-length: 0\r\n\r\n" : "\r\n";
    this.wire = this.request.wire = wire;
    return void 0;
  }
  onHead(head) {
    this.status = head.status;
    this.requestId = head.requestId;
    this.retryAfter = head.retryAfter;
    this.failed = head.status >= 400 && !this.expectedStatus?.includes(head.status);
    this.limit = this.failed ? ERROR_BODY_LIMIT : this.keepBody ? KEEP_BODY_LIMIT : 0;
  }
  onBody(buffer, start, end) {
    this.bytes += end - start;
    if (this.onChunk && !this.failed) {
      const refused = this.onChunk(buffer, start, end);
      if (refused) return this.refuse(refused);
    }
    if (this.keptBytes < this.limit) {
      const take = Math.min(end - start, this.limit - this.keptBytes);
      (this.kept ??= []).push(Buffer.from(buffer.subarray(start, start + take)));
      this.keptBytes += take;
    }
  }
  finish() {
    if (this.settled) return;
    const text = this.kept ? (this.kept.length === 1 ? this.kept[0] : Buffer.concat(this.kept)).toString("utf8") : "";
    if (!this.failed) {
      if (this.keepBody) this.body = text;
      this.settle(void 0, void 0);
      return;
    }
    const { status, requestId } = this;
    const { method, path } = this.request;
    const retryAfter = Number(this.retryAfter ?? NaN);
    if (Number.isFinite(retryAfter) && retryAfter >= 0) this.retryAfterS = retryAfter;
    this.settle(
      status === 429 ? "http_429" : status >= 500 ? "http_5xx" : "http_4xx",
      // Scrubbed before the cut, so a secret straddling it cannot leave its first half behind.
      `${method} ${path} \u2192 ${status}${text ? `: ${scrub(text).replace(/\s+/g, " ").slice(0, 200)}` : ""}${requestId ? ` [request id ${requestId}]` : ""}`
    );
  }
  fail(error) {
    if (this.settled) return;
    const kind = classifyError(error);
    const tls = kind === "tls_error" ? " (a self-signed or untrusted certificate? set insecure: true in the profile to accept it)" : "";
    this.settle(kind, `${this.request.method} ${this.request.path}: ${describeError(error)}${tls}`);
  }
  /** The body's reader refused the rest of it: drop the connection, whose framing is of no more use. */
  refuse(reason) {
    if (this.settled) return;
    this.settled = true;
    this.connection?.cut(this);
    this.settle("stream_error", `${this.request.method} ${this.request.path}: ${reason}`);
  }
  abort(reason) {
    if (this.settled) return;
    this.settled = true;
    this.queuedIn?.unqueue(this);
    this.connection?.cut(this);
    const { method, path } = this.request;
    this.settle(
      reason === "stop" ? "interrupted" : "timeout",
      `${method} ${path}: ${reason === "stop" ? "the run stopped" : "no complete response before the timeout"}`
    );
  }
};
var Pool = class {
  constructor(origin, options) {
    this.origin = origin;
    this.options = options;
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`unsupported protocol ${url.protocol} in ${origin}`);
    this.secure = url.protocol === "https:";
    this.host = url.host;
    this.hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
    this.port = Number(url.port) || (this.secure ? 443 : 80);
    this.openTokens = options.opensPerMs ?? Infinity;
  }
  origin;
  options;
  host;
  hostname;
  port;
  secure;
  idle = [];
  queue = [];
  all = /* @__PURE__ */ new Set();
  closing = false;
  /** New connections the rate allows now (`opensPerMs` at most, so no burst outgrows a millisecond's). */
  openTokens;
  tokensAt = performance.now();
  /** Set while requests wait for the next connection the rate allows. */
  openTimer;
  dispatch(exchange) {
    if (this.closing) {
      exchange.fail(closedError());
      return;
    }
    const idle = this.idle.pop();
    if (idle) idle.start(exchange);
    else if (this.mayOpen()) this.open().start(exchange);
    else {
      exchange.queuedIn = this;
      this.queue.push(exchange);
      this.openLater();
    }
  }
  /** Whether a new connection may be opened now: under the limit, and within the rate when there is one. */
  mayOpen() {
    if (this.all.size >= this.options.connections) return false;
    if (this.openTokens < 1) {
      const now = performance.now();
      const perMs = this.options.opensPerMs;
      this.openTokens = Math.min(perMs, this.openTokens + (now - this.tokensAt) * perMs);
      this.tokensAt = now;
      if (this.openTokens < 1) return false;
    }
    this.openTokens--;
    return true;
  }
  /** Opens connections for queued requests as the rate allows, until none waits or the limit is reached. */
  openLater() {
    if (this.openTimer || this.all.size >= this.options.connections) return;
    this.openTimer = setTimeout(() => {
      this.openTimer = void 0;
      this.serveQueue();
    }, 1);
  }
  serveQueue() {
    while (!this.closing && this.queue.length > 0 && this.mayOpen()) this.open().start(this.dequeue());
    if (!this.closing && this.queue.length > 0) this.openLater();
  }
  dequeue() {
    const next = this.queue.shift();
    next.queuedIn = void 0;
    return next;
  }
  unqueue(exchange) {
    const at = this.queue.indexOf(exchange);
    if (at !== -1) this.queue.splice(at, 1);
  }
  /** A response ended: the connection takes the next queued request, waits idle, or closes. */
  release(connection, reusable) {
    if (!reusable) {
      connection.destroy();
      return;
    }
    if (this.queue.length > 0) connection.start(this.dequeue());
    else this.idle.push(connection);
  }
  /** A connection closed: forget it and give its place to a queued request. */
  forget(connection) {
    if (!this.all.delete(connection)) return;
    const at = this.idle.indexOf(connection);
    if (at !== -1) this.idle.splice(at, 1);
    this.serveQueue();
  }
  open() {
    const connection = new Connection(this);
    this.all.add(connection);
    return connection;
  }
  async close() {
    this.closing = true;
    clearTimeout(this.openTimer);
    for (const exchange of this.queue.splice(0)) exchange.fail(closedError());
    await Promise.all([...this.all].map((c) => c.destroy()));
  }
};
var Connection = class {
  constructor(pool) {
    this.pool = pool;
    const { hostname, port, secure, options } = pool;
    this.socket = secure ? connectTls({
      host: hostname,
      port,
      servername: isIP(hostname) ? void 0 : hostname,
      rejectUnauthorized: !options.insecure,
      ALPNProtocols: ["http/1.1"]
    }) : connectTcp({ host: hostname, port, onread: { buffer: READ_BUFFER, callback: (n) => this.onRead(n) } });
    this.socket.setNoDelay(true);
    if (secure) this.socket.on("data", (data) => this.onData(data));
    this.socket.on("error", (error) => this.error ??= error);
    this.closed = new Promise((resolve2) => this.socket.once("close", () => resolve2(this.onClose())));
  }
  pool;
  socket;
  parser = new ResponseParser(this);
  exchange;
  keepAlive = true;
  served = 0;
  error;
  closed;
  start(exchange) {
    this.exchange = exchange;
    exchange.connection = this;
    this.keepAlive = true;
    this.parser.expect(exchange.request.method);
    if (exchange.wireBody === void 0) this.socket.write(exchange.wire);
    else {
      this.socket.cork();
      this.socket.write(exchange.wire);
      this.socket.write(exchange.wireBody);
      this.socket.uncork();
    }
  }
  onHead(head) {
    this.keepAlive = head.keepAlive;
    this.exchange.onHead(head);
  }
  onBody(buffer, start, end) {
    this.exchange?.onBody(buffer, start, end);
  }
  /** The request was aborted: the rest of its response can't be told from the next one's, so close. */
  cut(exchange) {
    if (this.exchange !== exchange) return;
    this.exchange = void 0;
    exchange.connection = void 0;
    this.socket.destroy();
  }
  destroy() {
    this.socket.destroy();
    return this.closed;
  }
  onRead(bytes) {
    this.onData(READ_BUFFER, bytes);
    return true;
  }
  /** Reads the first `length` bytes of `data` (the shared read buffer is bigger than one read). */
  onData(data, length = data.length) {
    const exchange = this.exchange;
    if (!exchange) {
      this.socket.destroy();
      return;
    }
    let used;
    try {
      used = this.parser.push(data, length);
    } catch (error) {
      this.error = error;
      this.socket.destroy();
      return;
    }
    if (!this.parser.complete) return;
    this.exchange = void 0;
    exchange.connection = void 0;
    this.served++;
    this.pool.release(this, this.keepAlive && used === length);
    exchange.finish();
  }
  onClose() {
    this.pool.forget(this);
    const exchange = this.exchange;
    if (!exchange) return;
    this.exchange = void 0;
    exchange.connection = void 0;
    if (this.error === void 0 && this.parser.close()) {
      exchange.finish();
      return;
    }
    if (this.served > 0 && !this.parser.started && !exchange.retried && IDEMPOTENT.has(exchange.request.method)) {
      exchange.retried = true;
      this.pool.dispatch(exchange);
      return;
    }
    exchange.fail(
      this.error ?? Object.assign(new Error("the socket was closed by the other side before the response was complete"), { code: "ECONNRESET" })
    );
  }
};
var IDEMPOTENT = /* @__PURE__ */ new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);
var closedError = () => Object.assign(new Error("the client is closed"), { code: "ERR_CLIENT_CLOSED" });
function errorCodes(error) {
  const codes = [];
  for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (typeof e.code === "string") codes.push(e.code);
    if (e instanceof AggregateError) for (const inner of e.errors) codes.push(...errorCodes(inner));
  }
  return codes;
}
var TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL|EPROTO/;
function classifyError(error) {
  const codes = errorCodes(error);
  if (codes.some((c) => TLS_CODES.test(c))) return "tls_error";
  if (codes.some((c) => c.startsWith("HPE_"))) return "protocol_error";
  if (codes.includes("ECONNREFUSED")) return "connection_refused";
  if (codes.some((c) => c.endsWith("_TIMEOUT") || c === "ETIMEDOUT")) return "timeout";
  if (codes.some((c) => ["ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED", "ECONNABORTED"].includes(c))) return "connection_reset";
  return "request_error";
}
function describeError(error) {
  const e = error;
  const cause = e.cause?.message && e.cause.message !== e.message ? ` (${e.cause.message})` : "";
  return `${e.code ? `${e.code}: ` : ""}${e.message ?? String(error)}${cause}`;
}

// src/engine/load.ts
var OPEN_MODEL_OPENS_PER_MS = 8;
function stoppableSleeps() {
  const pending = /* @__PURE__ */ new Set();
  return {
    sleep(ms) {
      return new Promise((resolve2) => {
        const wake = () => {
          clearTimeout(timer);
          pending.delete(wake);
          resolve2();
        };
        const timer = setTimeout(wake, ms);
        pending.add(wake);
      });
    },
    wakeAll() {
      for (const wake of [...pending]) wake();
    }
  };
}
async function dataSourceFor(profile, options, seed) {
  const data = profile.data;
  if (!data) return void 0;
  const base = options.profilePath ? dirname(options.profilePath) : process.cwd();
  return createDataSource({
    prompts: data.prompts ? await loadPrompts(resolve(base, data.prompts)) : void 0,
    order: data.order,
    inputTokens: data.synthetic?.input_tokens,
    outputTokens: data.synthetic?.output_tokens ?? data.max_tokens,
    seed
  });
}
async function logIn(profile, ctx, jwtToken, signal) {
  const auth = new AuthSession(ctx.flows.auth, ctx.http, ctx.recorder, profile.load.timeout, jwtToken, signal);
  try {
    await auth.prime();
  } catch (error) {
    if (!(signal.aborted && error instanceof LoginError)) {
      await ctx.http.close();
      if (error instanceof LoginError)
        throw new StackError(error.message, "check auth.login (URL, credentials) and auth.token (where the token is in the response)");
      throw error;
    }
  }
  return auth;
}
function sampleWhileRunning(config) {
  const recorder = new ResourceRecorder(config.sampler.source);
  let sampling;
  const sample = () => {
    if (sampling) return sampling;
    const at = Date.now();
    sampling = config.sampler.sample().then((samples) => recorder.add(at, samples)).catch(() => void 0).finally(() => sampling = void 0);
    return sampling;
  };
  void sample();
  const timer = setInterval(() => void sample(), config.intervalMs);
  return {
    recorder,
    async stop() {
      clearInterval(timer);
      await sampling;
      await sample();
    }
  };
}
function abortOnFail(profile, recorder, signal) {
  const abort = new AbortController();
  const forward = () => abort.abort(signal.reason);
  if (signal.aborted)
    forward();
  else signal.addEventListener("abort", forward, { once: true });
  let because;
  const rule = profile.load.abort_on_fail;
  const check = rule === false ? void 0 : setTimeout(() => {
    const { requests, failures } = recorder.overall;
    if (requests === 0 || failures < requests || abort.signal.aborted) return;
    because = `every request of the first ${formatDuration(rule.after)} failed`;
    abort.abort("all-failed");
  }, rule.after);
  return {
    signal: abort.signal,
    because: () => because,
    disarm() {
      clearTimeout(check);
      signal.removeEventListener("abort", forward);
    }
  };
}
function tick(ctx, executor, start, onProgress) {
  const sweepMs = Math.max(10, Math.min(100, ctx.timeoutMs / 10));
  const sweeper = setInterval(() => {
    const now = performance.now();
    for (const vu of executor.vus) vu.abortIfOverdue(now);
    ctx.recorder.timeline.noteVus(Date.now(), executor.activeCount);
  }, sweepMs);
  const progress = setInterval(() => {
    if (!onProgress) return;
    const overall = ctx.recorder.overall;
    onProgress({
      elapsedMs: performance.now() - start,
      totalMs: executor.durationMs,
      vus: executor.activeCount,
      requests: overall.requests,
      failures: overall.failures,
      p95: overall.latency.totalCount ? overall.latency.getValueAtPercentile(95) / 1e3 : null,
      stopping: ctx.stopping
    });
  }, 1e3);
  return () => {
    clearInterval(sweeper);
    clearInterval(progress);
  };
}
async function runContext(profile, options, sleep) {
  const seed = options.seed ?? randomSeed();
  const extraHeaders = { ...options.extraHeaders };
  if (options.jwtToken && !profile.auth) extraHeaders.authorization = `Bearer ${options.jwtToken}`;
  const flows = compileFlows(profile, extraHeaders);
  const recorder = new MetricsRecorder(
    flows.endpointKeys,
    flows.scenarios.map((s2) => s2.name),
    flows.tagKeys
  );
  recorder.goodputLimits = options.goodput;
  return {
    flows,
    http: void 0,
    recorder,
    seed,
    thinkTime: profile.load.think_time,
    jitter: profile.load.jitter,
    sseLimits: { maxLine: profile.stream.max_line, maxEvent: profile.stream.max_event },
    timeoutMs: profile.load.timeout,
    data: await dataSourceFor(profile, options, seed),
    auth: void 0,
    stopping: false,
    sleep,
    vuId: (local) => globalVuId(local, options.shard),
    retry: profile.load.retry
  };
}
async function stopGracefully(executor, graceMs, signal, cutOff) {
  const settled = executor.windDown();
  const graceEnded = new AbortController();
  const onAbort = () => graceEnded.abort();
  signal.addEventListener("abort", onAbort, { once: true });
  await Promise.race([settled, pause(graceMs, graceEnded.signal)]);
  graceEnded.abort();
  signal.removeEventListener("abort", onAbort);
  cutOff();
  await settled;
}
async function runLoad(profile, plan, options = {}) {
  const signal = options.signal ?? new AbortController().signal;
  const sleeps = stoppableSleeps();
  const ctx = await runContext(profile, options, sleeps.sleep);
  const { flows, recorder, seed } = ctx;
  const executor = createExecutor(plan, ctx);
  const http = new HttpClient({
    connections: executor.maxVus + 1,
    insecure: profile.insecure,
    opensPerMs: plan.executor.endsWith("arrival-rate") ? OPEN_MODEL_OPENS_PER_MS : void 0
  });
  ctx.http = http;
  if (profile.auth) ctx.auth = await logIn(profile, ctx, options.jwtToken, signal);
  const startedAt = /* @__PURE__ */ new Date();
  const start = performance.now();
  const monitor = new GeneratorMonitor();
  const resources = options.resources ? sampleWhileRunning(options.resources) : void 0;
  const stopNow = () => {
    ctx.stopping = true;
    sleeps.wakeAll();
    for (const vu of executor.vus) vu.interrupt();
  };
  signal.addEventListener("abort", stopNow, { once: true });
  const abort = abortOnFail(profile, recorder, signal);
  const stopTicking = tick(ctx, executor, start, options.onProgress);
  try {
    await executor.drive(abort.signal);
    ctx.stopping = true;
    sleeps.wakeAll();
    await stopGracefully(executor, profile.load.graceful_stop, signal, stopNow);
    monitor.end();
  } finally {
    stopTicking();
    abort.disarm();
    await resources?.stop();
    signal.removeEventListener("abort", stopNow);
    await http.close();
  }
  const durationMs = performance.now() - start;
  const openModel = plan.executor.endsWith("arrival-rate");
  const results = buildResults(
    recorder,
    {
      name: profile.name,
      target: profile.target ?? flows.scenarios[0].steps[0].origin,
      startedAt: startedAt.toISOString(),
      endedAt: (/* @__PURE__ */ new Date()).toISOString(),
      durationS: Number((durationMs / 1e3).toFixed(3)),
      executor: plan.executor,
      profile: options.profilePath ?? null,
      seed,
      interrupted: signal.aborted ? String(signal.reason ?? "aborted") : null,
      ...abort.because() ? { aborted: abort.because() } : {},
      tool: { name: "llm-load", version: VERSION, node: process.version },
      commit: options.commit ?? null,
      runner: { os: `${platform()} ${release()}`, arch: arch(), cpus: cpus().length },
      ...options.shard && options.shard.count > 1 ? { shard: options.shard } : {}
    },
    flows.scenarios.some((s2) => s2.steps.some((step) => step.llm !== void 0)),
    openModel
  );
  results.generator = monitor.stop(openModel ? results.metrics.send_lag?.p99 ?? null : null);
  if (resources) {
    results.resources = resources.recorder.finish();
    annotateTimeline(results.timeline.windows, results.resources);
  }
  return results;
}

// src/core/suggest.ts
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function closest(word, candidates, most = 3) {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return candidates.map((c) => ({ c, d: distance(word.toLowerCase(), c.toLowerCase()) })).filter(({ d }) => d <= limit).sort((x, y) => x.d - y.d).slice(0, most).map(({ c }) => c);
}

// src/thresholds/metrics.ts
var HISTOGRAM_METRICS = ["latency", "ttft", "ttfo", "itl", "tpot", "e2e", "output_tokens", "send_lag"];
var STATS = ["p50", "p75", "p90", "p95", "p99", "p999", "min", "max", "mean", "stddev", "count"];
var SCALAR_METRICS = [
  "error_rate",
  "success_rate",
  "rps",
  "requests",
  "failures",
  "output_tokens_per_s",
  "dropped_iterations",
  "goodput",
  "capacity"
];
function parseMetricKey(source) {
  const m = /^([a-z][a-z0-9_]*)(?:\.(p\d+(?:\.\d+)?|min|max|mean|stddev|count))?(?:\{(.+)\})?$/.exec(source.trim());
  if (!m) return void 0;
  const [, name, rawStat, rawSelector] = m;
  const stat = rawStat?.replace(".", "");
  const isHistogram = HISTOGRAM_METRICS.includes(name);
  const isScalar = SCALAR_METRICS.includes(name);
  if (!isHistogram && !isScalar) return void 0;
  if (isScalar && stat) return void 0;
  if (stat && !STATS.includes(stat)) return void 0;
  let selector;
  if (rawSelector) {
    const eq = /^([\w.-]+)=(.+)$/.exec(rawSelector);
    selector = eq ? eq[1] === "scenario" ? { kind: "scenario", key: eq[2] } : { kind: "tag", key: `${eq[1]}=${eq[2]}` } : { kind: "endpoint", key: rawSelector };
  }
  return { name, stat, selector, source };
}
function knownMetricKeys() {
  const keys = [...SCALAR_METRICS];
  for (const name of HISTOGRAM_METRICS) for (const stat of STATS) keys.push(`${name}.${stat}`);
  return keys;
}
function group2(results, key) {
  if (!key.selector) return void 0;
  if (key.selector.kind === "scenario") return results.scenarios[key.selector.key];
  if (key.selector.kind === "tag") return results.tags?.[key.selector.key];
  return results.endpoints[key.selector.key];
}
function readMetric(results, key) {
  const scoped = key.selector ? group2(results, key) : void 0;
  if (key.selector && !scoped) return { value: null, samples: 0 };
  const requests = scoped ? scoped.requests : results.totals.requests;
  const failures = scoped ? scoped.failures : results.totals.failures;
  switch (key.name) {
    case "error_rate":
      return { value: requests ? failures / requests : null, samples: requests };
    case "success_rate":
      return { value: requests ? (requests - failures) / requests : null, samples: requests };
    case "rps":
      return { value: scoped ? scoped.rps : results.totals.rps, samples: requests };
    case "requests":
      return { value: requests, samples: requests };
    case "failures":
      return { value: failures, samples: requests };
    case "output_tokens_per_s":
      return { value: scoped ? null : results.totals.outputTokensPerS ?? null, samples: requests };
    case "dropped_iterations":
      return { value: results.totals.droppedIterations ?? 0, samples: requests };
    case "goodput":
      return { value: results.goodput?.ratio ?? null, samples: results.goodput?.requests ?? 0 };
    case "capacity":
      return { value: results.capacity?.value ?? null, samples: results.capacity?.steps.length ?? 0 };
  }
  const metrics = (scoped ?? results).metrics;
  const summary = metrics[key.name];
  if (!summary) return { value: null, samples: 0 };
  const stat = key.stat ?? "p95";
  const value = summary[stat];
  return { value: typeof value === "number" ? value : null, samples: summary.count };
}

// src/thresholds/grammar.ts
var DURATION_MS = { us: 1e-3, \u00B5s: 1e-3, ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var PLAIN_UNITS = /* @__PURE__ */ new Set(["", "rps", "req/s", "/s", "tokens/s", "tok/s", "vus", "tokens", "requests"]);
var FORM = /^\s*(?:p\((\d+(?:\.\d+)?)\)\s*|(rate)\s*)?(<=|>=|<|>)\s*(-?\d+(?:\.\d+)?)\s*([a-zµ/%.]*)\s*$/i;
var ThresholdSyntaxError = class extends Error {
};
function parseThreshold(source) {
  const m = FORM.exec(source);
  if (!m) {
    throw new ThresholdSyntaxError(
      `expected a threshold like "<50ms", "<=2s", ">1000", "<0.1%" or "p(95)<500", got ${JSON.stringify(source)}`
    );
  }
  const [, percentile2, rate, op, number, rawUnit] = m;
  const unit = rawUnit.toLowerCase();
  const value = Number(number);
  if (rate) {
    if (unit)
      throw new ThresholdSyntaxError(
        `k6's rate form takes a share from 0 to 1 with no unit, e.g. "rate<0.01", got ${JSON.stringify(source)}`
      );
    return { op, value, unit: "ratio", source };
  }
  const stat = percentile2 ? `p${percentile2.replace(".", "")}` : void 0;
  if (unit === "%") return { op, value: value / 100, unit: "ratio", stat, source };
  if (unit in DURATION_MS) return { op, value: value * DURATION_MS[unit], unit: "ms", stat, source };
  if (PLAIN_UNITS.has(unit)) return { op, value, unit: stat ? "ms" : "number", stat, source };
  throw new ThresholdSyntaxError(`unknown unit "${rawUnit}" in ${JSON.stringify(source)} (use ms, s, m, %, or none)`);
}
function passes(actual, threshold) {
  switch (threshold.op) {
    case "<":
      return actual < threshold.value;
    case "<=":
      return actual <= threshold.value;
    case ">":
      return actual > threshold.value;
    case ">=":
      return actual >= threshold.value;
  }
}

// src/thresholds/slo.ts
var K6_METRICS = {
  http_req_duration: "latency (e.g. latency.p95)",
  http_req_failed: "error_rate",
  http_reqs: "requests, or rps for the rate",
  iteration_duration: "e2e for an LLM reply (e.g. e2e.p95), or latency for a plain request",
  http_req_waiting: "ttft for a stream (e.g. ttft.p95), or latency",
  checks: "error_rate (a failed check fails its request)"
};
function parseSloRows(rows, field) {
  return Object.entries(rows).map(([source, text]) => {
    const parsed = parseMetricKey(source);
    if (!parsed) {
      const k6 = K6_METRICS[source.replace(/[.{].*$/, "")];
      if (k6)
        throw new ConfigError(
          `${field}: "${source}" is k6's metric; here it is ${k6}`,
          `rename the key, e.g. thresholds: {latency.p95: '<500ms'} for k6's http_req_duration: ['p(95)<500']`
        );
      const near = closest(source, knownMetricKeys());
      throw new ConfigError(
        `${field}: unknown metric "${source}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(" or ")}?)` : ""}`,
        "metrics: latency, ttft, ttfo, itl, tpot, e2e, output_tokens, send_lag with .p50/.p95/.p99/\u2026; error_rate, rps, output_tokens_per_s, goodput"
      );
    }
    try {
      const threshold = parseThreshold(text);
      return { key: threshold.stat && !parsed.stat ? { ...parsed, stat: threshold.stat } : parsed, threshold };
    } catch (error) {
      if (error instanceof ThresholdSyntaxError)
        throw new ConfigError(`${field}["${source}"]: ${error.message}`, 'a threshold reads like "<500ms", "<=2s", "<1%" or ">100"');
      throw error;
    }
  });
}
function show(value, threshold) {
  if (threshold.unit === "ratio") return `${(value * 100).toFixed(2)}%`;
  if (threshold.unit === "ms") return value >= 1e3 ? `${(value / 1e3).toFixed(2)}s` : `${value.toFixed(1)}ms`;
  return `${Number(value.toFixed(2))}`;
}
function brokenSlos(results, rows) {
  const broken = [];
  for (const { key, threshold } of rows) {
    const { value, samples } = readMetric(results, key);
    if (value === null || samples === 0) broken.push(`${key.source}: no data`);
    else if (!passes(value, threshold)) broken.push(`${key.source} ${show(value, threshold)} (limit ${threshold.source})`);
  }
  return broken;
}

// src/engine/search.ts
function saturated(results, offeredRps) {
  if (results.totals.errorRate > 0.5) return true;
  const dropped = results.totals.droppedIterations ?? 0;
  if (dropped > 0.1 * Math.max(1, results.totals.iterations + dropped)) return true;
  return offeredRps !== void 0 && results.totals.rps < 0.7 * offeredRps;
}
function planFor(profile, search, value) {
  if (search.vary === "vus") return { executor: "constant-vus", vus: Math.round(value), durationMs: search.step_duration };
  const preAllocatedVus = profile.load.pre_allocated_vus ?? Math.max(1, Math.ceil(value));
  return {
    executor: "constant-arrival-rate",
    ratePerS: value,
    durationMs: search.step_duration,
    preAllocatedVus,
    maxVus: profile.load.max_vus ?? Math.max(preAllocatedVus * 10, 100)
  };
}
async function runSearch(profile, search, options) {
  const rows = parseSloRows(search.slo, "capacity.slo");
  const stepSize = search.step ?? (search.mode === "binary" ? Math.max((search.max - search.start) / 16, 1e-9) : search.start);
  const steps = [];
  let best;
  let last;
  let brokeAt = null;
  const signal = options.signal;
  const tryValue = async (value) => {
    const results = await runLoad(profile, planFor(profile, search, value), {
      ...options,
      onProgress: (p) => options.onProgress?.({ ...p, label: `${search.vary === "vus" ? "vus" : "rate"} ${Number(value.toFixed(2))}` })
    });
    last = results;
    const reasons = brokenSlos(results, rows);
    const isSaturated = saturated(results, search.vary === "rate" ? value : void 0);
    if (isSaturated && reasons.length === 0) reasons.push("the service is saturated");
    const passed = reasons.length === 0 && !results.meta.interrupted;
    steps.push({ value, passed, reasons, rps: results.totals.rps, errorRate: results.totals.errorRate, saturated: isSaturated });
    if (passed && (!best || value > (best.capacity?.value ?? -Infinity)))
      best = { ...results, capacity: { ...emptyCapacity(search), value } };
    if (!passed && (!brokeAt || value < brokeAt.value)) brokeAt = { value, reasons };
    return passed;
  };
  if (search.mode === "step") {
    for (let value = search.start; value <= search.max + 1e-9 && !signal?.aborted; value += stepSize) {
      if (!await tryValue(value)) break;
    }
  } else if (await tryValue(search.start)) {
    let lo = search.start;
    let hi = search.max;
    if (!signal?.aborted && !await tryValue(hi)) {
      while (hi - lo > stepSize && !signal?.aborted) {
        const mid = stepSize >= 1 || search.vary === "vus" ? Math.round((lo + hi) / 2) : (lo + hi) / 2;
        if (mid <= lo || mid >= hi) break;
        if (await tryValue(mid)) lo = mid;
        else hi = mid;
      }
    }
  }
  const chosen = best ?? last;
  return {
    ...chosen,
    capacity: { ...emptyCapacity(search), value: best?.capacity?.value ?? null, brokeAt, steps }
  };
}
function emptyCapacity(search) {
  return { vary: search.vary, unit: search.vary === "vus" ? "vus" : "rps", value: null, brokeAt: null, steps: [] };
}

// src/engine/workers.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

// src/results/damaged.ts
function nameDamagedHistogram(error, parts, sources) {
  if (!(error instanceof HistogramEncodingError)) return error;
  const damaged = findDamagedHistogram(parts);
  if (!damaged) return error;
  return new ConfigError(
    `${sources[damaged.part] ?? `part ${damaged.part + 1}`}: ${damaged.where}: ${damaged.problem}`,
    "the file is damaged: take it again from the run that wrote it"
  );
}
function findDamagedHistogram(parts) {
  for (const [part, results] of parts.entries()) {
    const places = [];
    const addMetrics = (prefix, metrics) => {
      for (const [key, summary] of Object.entries(metrics)) places.push([`${prefix}metrics.${key}.hdr`, summary?.hdr]);
    };
    addMetrics("", results.metrics);
    for (const kind of ["endpoints", "scenarios", "tags"])
      for (const [key, group3] of Object.entries(results[kind] ?? {})) addMetrics(`${kind}[${JSON.stringify(key)}].`, group3.metrics);
    results.timeline.windows.forEach(
      (w, i) => places.push([`timeline.windows[${i}].hdr`, w.hdr], [`timeline.windows[${i}].ttftHdr`, w.ttftHdr])
    );
    for (const [where, hdr] of places) {
      try {
        if (hdr) decodeHistogram(hdr);
      } catch (decodeError) {
        return { part, where, problem: decodeError.message };
      }
    }
  }
  return void 0;
}

// src/results/merge.ts
function mergeSummaries(parts, divisor) {
  const present = parts.filter((p) => p !== void 0);
  if (present.length === 0) return void 0;
  const histogram = createHistogram();
  for (const part of present) if (part.hdr && part.count) histogram.add(decodeHistogram(part.hdr));
  const summary = summarize(histogram, divisor);
  const counted = present.filter((p) => p.count > 0);
  if (counted.length) {
    summary.min = Math.min(...counted.map((p) => p.min));
    summary.max = Math.max(...counted.map((p) => p.max));
  }
  return summary;
}
function mergeMetrics(parts) {
  const keys = new Set(parts.flatMap((p) => Object.keys(p)));
  const out = {};
  for (const key of keys) {
    const merged = mergeSummaries(
      parts.map((p) => p[key]),
      key === "output_tokens" ? 1 : 1e3
    );
    if (merged) out[key] = merged;
  }
  return out;
}
var sumCounts = (maps) => {
  const out = {};
  for (const map of maps) for (const [k, v] of Object.entries(map)) out[k] = (out[k] ?? 0) + v;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => Number(a) - Number(b)));
};
function mergeGroups(parts, durationS) {
  const keys = [...new Set(parts.flatMap((p) => Object.keys(p)))];
  return Object.fromEntries(
    keys.map((key) => {
      const groups = parts.map((p) => p[key]).filter((g) => g !== void 0);
      const requests = groups.reduce((n, g) => n + g.requests, 0);
      const merged = {
        requests,
        failures: groups.reduce((n, g) => n + g.failures, 0),
        rps: durationS > 0 ? Number((requests / durationS).toFixed(3)) : 0,
        statusCodes: sumCounts(groups.map((g) => g.statusCodes)),
        metrics: mergeMetrics(groups.map((g) => g.metrics))
      };
      if (groups.some((g) => g.outputTokens !== void 0)) merged.outputTokens = groups.reduce((n, g) => n + (g.outputTokens ?? 0), 0);
      if (groups.some((g) => "iterations" in g))
        merged.iterations = groups.reduce((n, g) => n + (g.iterations ?? 0), 0);
      return [key, merged];
    })
  );
}
function rebucket(windows, size) {
  const out = /* @__PURE__ */ new Map();
  for (const w of windows) {
    const t = Math.floor(w.t / size) * size;
    const existing = out.get(t);
    out.set(t, existing ? mergeWindows(existing, w, t, size, true) : { ...w, t, s: size });
  }
  return out;
}
function mergeResults(parts, sources = parts.map((_, i) => `part ${i + 1}`), timing = "together") {
  try {
    return mergeParts(parts, timing);
  } catch (error) {
    throw nameDamagedHistogram(error, parts, sources);
  }
}
var summer = (parts) => (pick) => parts.reduce((n, r) => n + (pick(r) ?? 0), 0);
function mergeTotals(parts, durationS) {
  const sum = summer(parts);
  const requests = sum((r) => r.totals.requests);
  const failures = sum((r) => r.totals.failures);
  const successes = requests - failures;
  const anyLlm = parts.some((r) => r.totals.outputTokens !== void 0);
  const anyOpen = parts.some((r) => r.totals.droppedIterations !== void 0);
  const tokens = sum((r) => r.totals.outputTokens);
  return {
    requests,
    successes,
    failures,
    successRate: requests ? Number((successes / requests).toFixed(6)) : 0,
    errorRate: requests ? Number((failures / requests).toFixed(6)) : 0,
    rps: durationS > 0 ? Number((requests / durationS).toFixed(3)) : 0,
    iterations: sum((r) => r.totals.iterations),
    interrupted: sum((r) => r.totals.interrupted),
    bytesReceived: sum((r) => r.totals.bytesReceived),
    ...parts.some((r) => r.totals.retries) ? { retries: sum((r) => r.totals.retries) } : {},
    ...anyLlm ? {
      outputTokens: tokens,
      outputTokensPerS: durationS > 0 ? Number((tokens / durationS).toFixed(3)) : 0,
      tokenSource: {
        usage: sum((r) => r.totals.tokenSource?.usage),
        events: sum((r) => r.totals.tokenSource?.events),
        disagree: sum((r) => r.totals.tokenSource?.disagree)
      }
    } : {},
    ...anyOpen ? { droppedIterations: sum((r) => r.totals.droppedIterations) } : {}
  };
}
function mergeTimelines(parts) {
  const size = Math.max(...parts.map((p) => p.timeline.windowS));
  const windows = /* @__PURE__ */ new Map();
  for (const part of parts) {
    for (const [t, w] of rebucket(part.timeline.windows, size)) {
      const existing = windows.get(t);
      windows.set(t, existing ? mergeWindows(existing, w, t, size, false) : w);
    }
  }
  return { windowS: size, windows: [...windows.values()].sort((a, b) => a.t - b.t) };
}
function mergeErrors(parts) {
  const errors = {};
  for (const part of parts) {
    for (const [kind, stats] of Object.entries(part.errors)) {
      const into = errors[kind] ??= { count: 0, examples: [] };
      into.count += stats.count;
      for (const example of stats.examples) if (into.examples.length < 5 && !into.examples.includes(example)) into.examples.push(example);
    }
  }
  return errors;
}
function mergeGoodput(parts) {
  const goodParts = parts.filter((p) => p.goodput);
  if (goodParts.length === 0) return void 0;
  const requests = summer(parts)((p) => p.goodput?.requests);
  const good = goodParts.reduce((n, p) => n + p.goodput.ratio * p.goodput.requests, 0);
  return { ratio: Number((good / Math.max(1, requests)).toFixed(6)), requests, slos: goodParts[0].goodput.slos };
}
function mergeParts(parts, timing) {
  if (parts.length === 1) return parts[0];
  const first = parts[0];
  const starts = parts.map((p) => Date.parse(p.meta.startedAt));
  const ends = parts.map((p) => Date.parse(p.meta.endedAt));
  const start = Math.min(...starts);
  const durationS = timing === "together" ? Number(((Math.max(...ends) - start) / 1e3).toFixed(3)) : Number(parts.reduce((n, p) => n + p.meta.durationS, 0).toFixed(3));
  const merged = {
    ...first,
    meta: {
      ...first.meta,
      startedAt: new Date(start).toISOString(),
      endedAt: new Date(Math.max(...ends)).toISOString(),
      durationS,
      interrupted: parts.find((p) => p.meta.interrupted)?.meta.interrupted ?? null,
      shards: parts.map((p, i) => ({
        index: p.meta.shard?.index ?? i + 1,
        count: parts.length,
        startedAt: p.meta.startedAt,
        durationS: p.meta.durationS
      })),
      startSkewS: Number(((Math.max(...starts) - start) / 1e3).toFixed(3))
    },
    totals: mergeTotals(parts, durationS),
    metrics: mergeMetrics(parts.map((p) => p.metrics)),
    endpoints: mergeGroups(
      parts.map((p) => p.endpoints),
      durationS
    ),
    scenarios: mergeGroups(
      parts.map((p) => p.scenarios),
      durationS
    ),
    ...parts.some((p) => p.tags) ? {
      tags: mergeGroups(
        parts.map((p) => p.tags ?? {}),
        durationS
      )
    } : {},
    statusCodes: sumCounts(parts.map((p) => p.statusCodes)),
    errors: mergeErrors(parts),
    timeline: mergeTimelines(parts)
  };
  const goodput = mergeGoodput(parts);
  if (goodput) merged.goodput = goodput;
  else delete merged.goodput;
  const generator = mergeGenerator(parts.map((p) => p.generator));
  if (generator) merged.generator = generator;
  delete merged.gate;
  delete merged.capacity;
  return merged;
}

// src/engine/workers.ts
function autoWorkers(plan) {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(workerUnits(plan))));
}
function workerScript() {
  const beside = new URL("./worker.js", import.meta.url);
  return existsSync(fileURLToPath(beside)) ? beside : new URL("../../dist/worker.js", import.meta.url);
}
function nested(outer, index, count) {
  const o = outer ?? { index: 1, count: 1 };
  return { index: (o.index - 1) * count + index, count: o.count * count };
}
async function runWithWorkers(profile, options, count, secrets2) {
  const { signal, onProgress, ...rest } = options;
  delete rest.workers;
  const progress = Array.from({ length: count }, () => void 0);
  const threads = Array.from({ length: count }, (_, i) => {
    const job2 = { profile, options: { ...rest, shard: nested(options.shard, i + 1, count) }, secrets: secrets2 };
    return new Worker(workerScript(), { workerData: job2 });
  });
  const stop = () => {
    for (const t of threads) t.postMessage({ type: "stop", reason: String(signal?.reason ?? "aborted") });
  };
  signal?.addEventListener("abort", stop, { once: true });
  try {
    const parts = await Promise.all(
      threads.map(
        (thread, i) => new Promise((resolve2, reject) => {
          thread.on("message", (message) => {
            if (message.type === "progress") {
              progress[i] = message.progress;
              const known = progress.filter((p) => p !== void 0);
              onProgress?.({
                elapsedMs: Math.max(...known.map((p) => p.elapsedMs)),
                totalMs: Math.max(...known.map((p) => p.totalMs)),
                vus: known.reduce((n, p) => n + p.vus, 0),
                requests: known.reduce((n, p) => n + p.requests, 0),
                failures: known.reduce((n, p) => n + p.failures, 0),
                p95: Math.max(...known.map((p) => p.p95 ?? 0)) || null,
                stopping: known.some((p) => p.stopping),
                label: `${count} workers`
              });
            } else if (message.type === "done") resolve2(message.results);
            else {
              const Kind = message.name === "ConfigError" ? ConfigError : message.name === "StackError" ? StackError : void 0;
              reject(
                Kind ? new Kind(message.message, message.hint ?? INTERNAL_HINT) : new LlmLoadError(`worker ${i + 1}: ${message.message}`, ExitCode.internal, message.hint ?? INTERNAL_HINT)
              );
            }
          });
          thread.on(
            "error",
            (error) => reject(new LlmLoadError(`worker ${i + 1} crashed: ${error.message}`, ExitCode.internal, INTERNAL_HINT))
          );
          thread.on(
            "exit",
            (code) => code !== 0 && reject(new LlmLoadError(`worker ${i + 1} exited with code ${code}`, ExitCode.internal, INTERNAL_HINT))
          );
        })
      )
    );
    const merged = mergeResults(parts);
    if (options.shard && options.shard.count > 1) merged.meta.shard = options.shard;
    return merged;
  } finally {
    signal?.removeEventListener("abort", stop);
    await Promise.all(threads.map((t) => t.terminate()));
  }
}

// src/engine/run.ts
async function runProfile(profile, options = {}) {
  const search = searchOf(profile);
  if (search) {
    if (options.shard && options.shard.count > 1)
      throw new ConfigError("a capacity search (capacity: or shape: stress) cannot be sharded", "run it on one machine");
    return runSearch(profile, search, options);
  }
  const plan = planLoad(profile.load);
  const mine = shardPlan(plan, options.shard ?? { index: 1, count: 1 });
  const tooBig = beyondOneMachine(mine);
  if (tooBig) throw new ConfigError(tooBig, "split the load over runners with --shard I/K (the action's shard input) and merge the parts");
  const workers = options.workers === "auto" ? autoWorkers(mine) : options.workers ?? 1;
  if (workers > 1) return runWithWorkers(profile, options, workers, options.secrets ?? []);
  return runLoad(profile, options.shard ? shardPlan(plan, options.shard) : plan, options);
}

// src/engine/worker-entry.ts
var job = workerData;
var post = (message) => parentPort.postMessage(message);
for (const secret of job.secrets) registerSecret(secret);
var controller = new AbortController();
parentPort.on("message", (message) => {
  if (message.type === "stop") controller.abort(message.reason);
});
runProfile(job.profile, { ...job.options, signal: controller.signal, onProgress: (progress) => post({ type: "progress", progress }) }).then(
  (results) => {
    post({ type: "done", results });
    parentPort.close();
  },
  (error) => {
    const e = error;
    post({
      type: "error",
      name: e.name,
      message: e.message,
      hint: error instanceof LlmLoadError ? error.hint : void 0
    });
    parentPort.close();
  }
);
