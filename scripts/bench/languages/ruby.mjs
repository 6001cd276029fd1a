// Filler Ruby: modules and classes with hash iteration, keyword arguments and KeyError handling.

import { constant, kebab, message, noun, pascal, sentence, snake, snakeMethod } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/** @param {Random} r @param {string} imports */
function header(r, imports) {
  return `# frozen_string_literal: true

require 'json'
require 'logger'
${imports}
# ${sentence(r)}`;
}

/** @param {Random} r */
function lookup(r) {
  const [a, k] = [snake(r), noun(r)];
  return `def ${snakeMethod(r)}(${a}, strict: false)
  result = {}
  ${a}.each do |key, value|
    next if value.nil?

    result[key.to_s.strip.downcase] = value
  end
  raise KeyError, "Key not found: ${k}" if strict && !result.key?('${k}')

  result
end`;
}

/** @param {Random} r */
function classBlock(r) {
  const [cls, a] = [pascal(r), snake(r)];
  return `class ${cls}
  ${constant(r)} = '${kebab(r)}'

  attr_reader :${a}

  def initialize(${a}, limit: ${r.int(10, 900)})
    @${a} = ${a}
    @limit = limit
    @cache = {}
  end

  # ${sentence(r)}
  def ${snakeMethod(r)}(key)
    @cache.fetch(key) do
      @cache.clear if @cache.size >= @limit
      @cache[key] = @${a}.fetch(key) { raise KeyError, "${message(r)}" }
    end
  end

  def to_s
    "#<${cls} keys=#{@cache.keys.join(',')}>"
  end
end`;
}

/** @param {Random} r */
function moduleBlock(r) {
  return `module ${pascal(r)}
  module_function

  def ${snakeMethod(r)}(raw)
    JSON.parse(raw).reject { |key, _| key.start_with?('_') }
  rescue JSON::ParserError => e
    Logger.new($stderr).warn("${message(r)}: #{e.message}")
    {}
  end
end`;
}

/** @param {Random} r */
function bearer(r) {
  return `def ${snakeMethod(r)}(customer_id)
  uri = URI("https://api.stripe.com/v1/customers/#{customer_id}")
  request = Net::HTTP::Get.new(uri)
  request['Authorization'] = "Bearer #{ENV.fetch('STRIPE_API_KEY')}"
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(request) }
end`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const ruby = {
  header,
  blocks: [lookup, classBlock, moduleBlock],
  rare: [bearer],
  comment: (text) => text.split('\n').map((line) => `# ${line}`).join('\n'),
  footer: '',
};
